# Fedora with no release in the tag: the runner is the same reference, so it floats
# with the builder; dnf (the original's installer) installs again, with the upgrade
FROM fedora
RUN dnf -y upgrade && dnf install -y python3-pip python3-devel gcc-c++ libffi-devel \
    && dnf clean all
WORKDIR /srv/app
COPY requirements.txt .
RUN pip3 install -r requirements.txt
COPY . .
USER nobody
CMD ["python3", "-m", "app"]
