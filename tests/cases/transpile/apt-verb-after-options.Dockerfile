# the verbs come after options, some of which take a value (-o, -t): the original
# dist-upgrades and installs python3-pip; the runner upgrades the same way and installs
# it again (corpus c9f3d3a3: `apt-get -qq -y dist-upgrade` was not seen as an upgrade;
# `apt-get -o X install` was not seen as an install at all)
FROM ubuntu:22.04
RUN apt-get update && apt-get -qq -y --no-install-recommends dist-upgrade && \
    apt-get -o Dpkg::Options::=--force-confold -y install python3-pip
COPY . /app
WORKDIR /app
RUN pip3 install -r requirements.txt
CMD ["python3", "app.py"]
