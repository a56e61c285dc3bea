# phusion's my_init starts the runit service the ADD puts in /etc/service: its script is
# not read without the build context, and the runner leaves the -dev packages out
FROM phusion/baseimage:0.9.22
RUN apt-get update && apt-get install -y python3-pip python3-dev libxml2-dev libxslt1-dev zlib1g-dev
WORKDIR /srv/app
COPY . .
RUN pip3 install -r requirements.txt
ADD service/app.sh /etc/service/app/run
CMD ["/sbin/my_init"]
