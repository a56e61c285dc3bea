# the RUN after the build adds a PPA with add-apt-repository, whose package
# (software-properties-common) the runner leaves out as a build helper: it runs in the
# builder with its effect captured, and the runner installs ffmpeg from the PPA whose
# sources and keys it copies
FROM ubuntu:14.04
RUN apt-get update && apt-get install -y software-properties-common build-essential \
    python-dev python-pip && pip install flask
RUN add-apt-repository -y ppa:mc3man/trusty-media \
 && apt-get update -y && apt-get install -y ffmpeg
COPY app.py /srv/app.py
CMD ["python", "/srv/app.py"]
