# an image the data does not know, proven Debian-family by its apt-get install; the RUN
# at line 6 points apt at old-releases.ubuntu.com, where Ubuntu releases gone from the
# mirrors live (12.10's dpkg has no --verify): the original builds there, and the
# capture's build-time test of dpkg could fail the rewrite alone, so it is declined
FROM registry.example.com/acme/py-base:2.3
RUN sed -i 's/archive.ubuntu.com/old-releases.ubuntu.com/g' /etc/apt/sources.list \
    && apt-get update && apt-get install -y gcc libffi-dev
WORKDIR /srv
COPY . .
RUN pip install -r requirements.txt
CMD ["python", "serve.py"]
