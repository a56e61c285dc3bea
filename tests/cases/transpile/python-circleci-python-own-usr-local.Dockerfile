# circleci/python:3.6.4 (image data from CircleCI-Public/circleci-dockerfiles: the
# Dockerfile master wrote to python/images/3.6.4, FROM python:3.6.4, Debian jessie as
# that tag was on 2018-03-12, USER circleci): a known Debian image with a Python of its
# own in /usr/local, so what pip adds there is staged against a marker (not a capture
# window whose dpkg version is unknown); the build runs as root and so does the runner
FROM circleci/python:3.6.4
USER root
RUN apt-get update && apt-get install -y libpq-dev gcc
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "app.py"]
