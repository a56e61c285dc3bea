# the program runs in /kalerator/src, inside the git checkout /kalerator the build
# cloned (its .git at the top): git is installed again in the runner for the program
# to run on its checkout, so the runner copies the whole checkout, .git and all, not
# only the WORKDIR's tree (2bb080ca)
FROM debian:bullseye
RUN apt-get update && apt-get install --no-install-recommends -y git python3 python3-pip \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /
RUN git clone https://github.com/skullydazed/kalerator.git
WORKDIR /kalerator
RUN pip3 install -r requirements.txt
WORKDIR /kalerator/src
CMD ["python3", "-m", "kalerator.web"]
