# the original's dist-upgrade also upgrades what apt-get upgrade holds back (a new
# dependency to install, an old one to remove): the runner upgrades the same way
# (corpus 0a790202: the runner ran apt-get upgrade)
FROM ubuntu:22.04
RUN apt-get update && apt-get -y dist-upgrade && apt-get -y install python3-pip
COPY . /app
WORKDIR /app
RUN pip3 install -r requirements.txt
CMD ["python3", "app.py"]
