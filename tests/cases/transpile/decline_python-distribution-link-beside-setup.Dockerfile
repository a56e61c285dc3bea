# A link into the copied /usr/local beside a user the runner must create again: the RUN
# can neither be repeated (the link exists after the copy) nor left out (the user)
FROM ubuntu:16.04
RUN apt-get update && apt-get install -y --no-install-recommends python3-pip python3-dev gcc && rm -rf /var/lib/apt/lists/*
RUN ln -s /usr/bin/python3 /usr/local/bin/python && useradd --create-home app
WORKDIR /app
COPY . /app
RUN pip3 install flask==1.0.2
USER app
CMD ["python", "app.py"]
