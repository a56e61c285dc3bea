# `bash -c "... pip3 install -r /tmp/dev.txt"` after the build: the script is one word,
# whose commands are not read, and may build with the compilers and -dev packages that
# stay in the builder (the same-image runner installs the original's runtime packages
# only). It runs in the builder and its effect is captured for the runner.
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y python3-pip python3-dev libpq-dev gcc
WORKDIR /app
COPY requirements.txt .
RUN pip3 install -r requirements.txt
COPY dev.txt /tmp/dev.txt
RUN /bin/bash -c "cd /tmp && pip3 install -r dev.txt"
COPY . .
CMD ["python3", "app.py"]
