# No WORKDIR in the stage, and the image is not known: the directory the program runs in
# is the image's own.  The apt-get install at line 9 proves the image Debian-family, so
# the runner is that very image and, setting no WORKDIR either, runs in the same
# directory; the files the build writes go to absolute paths and are captured with what
# pip wrote
FROM registry.example.com/acme/py-base:2.3
ADD requirements.txt /srv/requirements.txt
ADD bot.py /usr/local/bin/bot.py
RUN apt-get update && apt-get install -y gcc python-dev
RUN pip install -r /srv/requirements.txt
ENTRYPOINT ["python", "/usr/local/bin/bot.py"]
