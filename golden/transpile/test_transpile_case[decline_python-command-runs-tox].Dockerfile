# tox makes virtualenvs and pip-installs the test dependencies when the container
# runs: it needs the compilers and -dev packages (libpq-dev) a runner leaves out
FROM ubuntu:22.04
RUN apt-get update && apt-get -y install git libpq-dev python3-pip python3-dev gcc && rm -rf /var/lib/apt/lists/*
RUN pip install tox
WORKDIR /app/
ADD . /app/
CMD tox
