# bitnami/minideb's install_packages is read as the apt-get update and apt-get install
# --no-install-recommends it runs (every version of it in stretch's time, from the data):
# it proves the image Debian-family, its user root, and names the build's packages
FROM bitnami/minideb:stretch
RUN install_packages python3 python3-pip python3-dev gcc libpq-dev
COPY requirements.txt /app/
RUN pip3 install -r /app/requirements.txt
COPY . /app
WORKDIR /app
CMD ["python3", "app.py"]
