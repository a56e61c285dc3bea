# The build RUN also makes the program's log directory and file under /var/log (the
# configuration copied after the build names it): /var/log holds the package tools'
# logs, which need no repeat, but this directory is where the program writes at run
# time, so the runner makes it again after its copies
FROM ubuntu:xenial
RUN apt-get update -y && apt-get install -y python-pip python-dev build-essential
COPY . /app
WORKDIR /app
RUN pip install -r requirements.txt \
 && mkdir -p /var/log/column \
 && touch /var/log/column/column.log
COPY ./etc/column.conf /etc/column/column.conf
ENTRYPOINT ["python"]
CMD ["column/api/run.py"]
