# `CMD tail -f LICENSE` follows a file nothing writes: a development container kept
# alive for `docker exec`, whose users had python3-dev and gettext the runner drops
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y python3 python3-pip python3-dev gettext libpq-dev
COPY requirements.txt /app/
WORKDIR /app
RUN pip3 install -r requirements.txt
CMD tail -f LICENSE
