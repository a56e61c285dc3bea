# `bash -c "... pip3 install -r /tmp/dev.txt"` after the build: the walk reads the
# string's commands as the child shell runs them (its `cd /tmp` ends with it), so this is
# the same pip install as `RUN cd /tmp && pip3 install -r dev.txt` (a build step whose
# files are staged for the same-image runner), no longer one word whose effect had to be
# captured
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y python3-pip python3-dev libpq-dev gcc
WORKDIR /app
COPY requirements.txt .
RUN pip3 install -r requirements.txt
COPY dev.txt /tmp/dev.txt
RUN /bin/bash -c "cd /tmp && pip3 install -r dev.txt"
COPY . .
CMD ["python3", "app.py"]
