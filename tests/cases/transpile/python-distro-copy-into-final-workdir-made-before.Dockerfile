# a RUN after the build copies into /srv/app, which the context COPY made before it:
# the original found the directory there too, so the runner repeats the RUN as it is
FROM ubuntu:16.04
RUN apt-get update && apt-get install -y --no-install-recommends python-pip python-dev build-essential curl
COPY . /srv/app
RUN pip install -r /srv/app/requirements.txt
RUN curl -o /tmp/x.py https://example.com/x.py && cp /tmp/x.py /srv/app
WORKDIR /srv/app
CMD ["python", "app.py"]
