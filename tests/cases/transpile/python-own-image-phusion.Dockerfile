FROM phusion/baseimage:0.9.22
RUN apt-get update && apt-get install -y python3-pip python3-dev libxml2-dev libxslt1-dev zlib1g-dev
WORKDIR /srv/app
COPY . .
RUN pip3 install -r requirements.txt
CMD ["/sbin/my_init", "--", "python3", "server.py"]
