# the original turns apt's Recommends off in its configuration before it installs: its
# git comes without them (less, openssh-client, patch). The runner's apt runs with the
# same file, copied before its installs, and installs git without them too (corpus
# 87dbd03a: the runner's `apt-get install -y git` brought the Recommends)
FROM debian:bookworm
RUN echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/zz-local-tame
RUN apt-get update && apt-get install -y git build-essential libcurl4-openssl-dev
COPY . /src
WORKDIR /src
RUN make
ENTRYPOINT ["./prog"]
