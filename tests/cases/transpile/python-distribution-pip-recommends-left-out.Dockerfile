# the original's apt installs python-pip with its Recommends (build-essential,
# python-dev, python-setuptools, python-wheel); the runner installs pip again without
# them and setuptools beside it: the report says so, and does not claim the runner has
# every package the original's build installed (it saves those Recommends too)
FROM ubuntu:16.04
RUN apt-get update && apt-get -y install python python-pip
ADD . /opt/app
WORKDIR /opt/app
RUN pip install -r requirements.txt
EXPOSE 5000
CMD python main.py
