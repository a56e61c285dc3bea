FROM ubuntu:16.04
RUN apt-get update && apt-get install -y python3-pip libsnappy-dev
RUN mkdir -p /syncrypt
ADD ./syncrypt /syncrypt/syncrypt
ADD ./setup.py /syncrypt/
RUN pip3 install -e '/syncrypt[dist]'
WORKDIR /syncrypt
CMD ["python3", "-m", "syncrypt"]
