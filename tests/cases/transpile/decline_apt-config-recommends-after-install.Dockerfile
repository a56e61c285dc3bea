# git is installed with the image's own Recommends setting, then a file turns them off
# for the later installs: the runner's installs read that file, and what the image's
# own setting is is not known here
FROM debian:bookworm
RUN apt-get update && apt-get install -y git
RUN echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/zz-local-tame
RUN apt-get install -y build-essential libcurl4-openssl-dev
COPY . /src
WORKDIR /src
RUN make
ENTRYPOINT ["./prog"]
