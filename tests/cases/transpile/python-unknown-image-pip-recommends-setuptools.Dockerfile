# apt-get installs python3-pip with its Recommends (build-essential, python3-dev,
# python3-setuptools, python3-wheel): the runner, the same unknown image, installs pip
# without them, so python3-setuptools is named beside it (console scripts that
# `setup.py install` wrote import pkg_resources), and libpq-dev stays in the builder
FROM registry.example.com/acme/ml-base:7
RUN apt-get update && apt-get install -y python3-pip libpq-dev
WORKDIR /srv
COPY . .
RUN pip3 install -r requirements.txt
CMD ["python3", "serve.py"]
