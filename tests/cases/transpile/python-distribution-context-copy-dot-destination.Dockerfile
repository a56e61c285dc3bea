# `COPY settings.ini .` in /etc/myapp puts the file into that directory: the runner's
# replay, before its WORKDIR exists, names the directory as one (/etc/myapp/), not a
# file /etc/myapp.
FROM debian:bookworm
RUN apt-get update && apt-get install -y python3 python3-pip gcc python3-dev
WORKDIR /etc/myapp
COPY settings.ini .
WORKDIR /srv/app
COPY . .
RUN pip3 install --break-system-packages .
CMD ["myapp"]
