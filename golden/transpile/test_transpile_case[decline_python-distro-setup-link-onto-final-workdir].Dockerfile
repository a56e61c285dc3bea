# the setup RUN links /srv/app to a directory before the WORKDIR /srv/app: in the
# original the WORKDIR follows that link; the runner sets WORKDIR /srv/app from its top,
# so the repeated `ln -s` would make /srv/app/flask inside a plain directory: declined
FROM ubuntu:16.04
RUN apt-get update && apt-get install -y --no-install-recommends python-pip python-dev build-essential
RUN pip install flask
RUN ln -s /usr/lib/python2.7/dist-packages/flask /srv/app
WORKDIR /srv/app
CMD ["python", "app.py"]
