# The link the RUN makes lies in /usr/local, which the runner copies whole from the
# builder: the builder alone makes it (repeated after the copy, `ln -s` would fail
# with File exists)
FROM ubuntu:16.04
RUN apt-get update && apt-get install -y --no-install-recommends python3-pip python3-dev gcc && rm -rf /var/lib/apt/lists/*
RUN ln -s /usr/bin/python3 /usr/local/bin/python
WORKDIR /app
COPY . /app
RUN pip3 install flask==1.0.2
CMD ["python", "app.py"]
