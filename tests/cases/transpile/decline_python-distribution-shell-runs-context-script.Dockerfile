# `bash /home/setup.sh` runs a script of the build context as `/home/setup.sh` would:
# without the context it is not read, and the runner leaves build-essential and
# python3-dev out, which it may run
FROM ubuntu:22.04
COPY ./setup.sh /home/
RUN apt-get update && apt-get install -y build-essential python3-dev python3-pip \
 && pip install flask
COPY ./app.py /home/
ENTRYPOINT ["bash", "/home/setup.sh"]
