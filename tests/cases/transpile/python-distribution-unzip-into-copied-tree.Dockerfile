# an archive added to /tmp and unzipped into /usr/local before the build: /usr/local
# reaches the runner from the builder, so the unzip is not repeated there (the runner
# has no /tmp/master.zip)
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y unzip python3 python3-pip python3-dev gcc libnetfilter-queue-dev && apt-get clean
ADD https://github.com/secdev/scapy/archive/master.zip /tmp/master.zip
RUN unzip /tmp/master.zip -d /usr/local/ && rm /tmp/master.zip
RUN pip install NetfilterQueue
ADD ./listener.py /listener.py
ENTRYPOINT python3 /listener.py
