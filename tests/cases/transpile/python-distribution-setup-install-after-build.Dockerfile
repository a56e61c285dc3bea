# `python setup.py install` after the pip installs is a build too: it runs in the
# builder (its effect captured, /usr/local copied), not in the runner, which has no
# compilers
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y python3 python3-dev python3-pip gcc
RUN pip install --upgrade requests
COPY . /opt/ec2stack
WORKDIR /opt/ec2stack
RUN python3 ./setup.py install
EXPOSE 5000
CMD ["ec2stack"]
