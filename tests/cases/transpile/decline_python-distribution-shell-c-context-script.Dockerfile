# `bash -c '...'` as the whole command: the shell's commands are what the container
# runs, checked as those of a command of several programs; /app/start.sh is a script of
# the build context, not read without it, and the runner leaves build-essential and
# python3-dev out, which it may run
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y build-essential python3-dev python3-pip \
 && pip install flask
COPY . /app
CMD bash -c 'echo starting; /app/start.sh'
