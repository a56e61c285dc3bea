# the build context given holds requirements.txt and app.py but not get-pip.py: a context
# that lacks a file `COPY . .` would bring says nothing of the build's own (it may be
# another folder, as with `docker build -f <dir>/Dockerfile .`), so the get-pip.py the
# Python runs may still be the build context's own, which `wget` does not overwrite: not
# read, as without a context (decline_get-pip-over-context-copy)
FROM ubuntu:22.04
WORKDIR /app
COPY . .
RUN apt-get update && apt-get install -y --no-install-recommends python3 wget \
    ca-certificates && rm -rf /var/lib/apt/lists/*
RUN wget https://bootstrap.pypa.io/get-pip.py && python3 get-pip.py
RUN pip install -r requirements.txt
CMD ["python3", "app.py"]
