# the requirements are not read, so the runner is python:3.11 itself: `make serve` runs
# the image's own make (not a console script to copy), and the start script, not read
# either, finds whatever program of the full image it runs
FROM python:3.11
RUN apt-get update && apt-get install -y --no-install-recommends libsnappy-dev \
    && rm -rf /var/lib/apt/lists/*
ADD ./requirements.txt /tmp/requirements.txt
RUN pip install -r /tmp/requirements.txt
ADD ./ /opt/webapp/
WORKDIR /opt/webapp
EXPOSE 5000
CMD ["make", "serve"]
HEALTHCHECK CMD ["sh", "./scripts/check.sh"]
