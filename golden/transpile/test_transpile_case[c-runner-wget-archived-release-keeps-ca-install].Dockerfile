# trusty's package indexes are archived (no data on what wget brings there): the runner
# installs ca-certificates of its own, which works either way
FROM ubuntu:14.04 AS builder
RUN apt-get update && apt-get install -y gcc libc6-dev wget
WORKDIR /src
COPY main.c .
RUN gcc -O2 -o /usr/local/bin/fetcher main.c

FROM ubuntu:14.04
# packages the original installs for run time
# hadolint ignore=DL3008,DL3015
RUN apt-get update && apt-get install -y wget && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY --from=builder /usr/local/bin/fetcher /usr/local/bin/fetcher
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
CMD ["fetcher"]
