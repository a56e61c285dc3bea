# the command runs a script the context brings after the build (a pattern copy into
# /server/): the runner's own copy puts it there, as in the original
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y python3-dev python3-pip libffi-dev libssl-dev && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install -r requirements.txt
ADD *.py /server/
EXPOSE 5000
WORKDIR /server
CMD ["./start.py", "--bind_host=0.0.0.0"]
