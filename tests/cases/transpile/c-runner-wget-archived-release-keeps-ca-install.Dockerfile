# trusty's package indexes are archived (no data on what wget brings there): the runner
# installs ca-certificates of its own, which works either way
FROM ubuntu:14.04
RUN apt-get update && apt-get install -y gcc libc6-dev wget
WORKDIR /src
COPY main.c .
RUN gcc -O2 -o /usr/local/bin/fetcher main.c
CMD ["fetcher"]
