# Alpine's own python3 and pip (prefix /usr): pip before 23.1 installs a package it
# cannot build a wheel of (no py3-wheel) with `setup.py install --record`, whose
# .egg-info/installed-files.txt names the data_files it put under /usr/share; the staging
# program stages what that record names, as it does a RECORD's (audit18a)
FROM alpine:3.15
RUN apk add --no-cache python3 py3-pip
COPY . /app
WORKDIR /app
RUN pip install .
CMD ["myapp"]
