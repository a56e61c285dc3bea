# ubuntu:18.04: Python 3.6 in the C locale reads text as ASCII: the staging program reads
# dpkg's file lists as bytes (a non-ASCII name there stopped the build)
FROM ubuntu:18.04
RUN apt-get update && apt-get install -y python3 python3-pip python3-dev python3-setuptools build-essential libjansson-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN pip3 install ./pkg
ENTRYPOINT ["python3", "app.py"]
