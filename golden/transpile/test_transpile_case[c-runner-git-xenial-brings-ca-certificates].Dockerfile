# xenial's git brings ca-certificates through its Depends on libcurl3-gnutls, which
# recommends them (the release's package indexes, datagen/ca_certificates.py): the runner
# installs git again with its Recommends and needs no install of its own
FROM ubuntu:16.04 AS builder
RUN apt-get update && apt-get install -y gcc libc6-dev git
WORKDIR /src
COPY main.c .
RUN gcc -O2 -o /usr/local/bin/fetcher main.c

FROM ubuntu:16.04
# packages the original installs for run time
# hadolint ignore=DL3008,DL3015
RUN apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY --from=builder /usr/local/bin/fetcher /usr/local/bin/fetcher
CMD ["fetcher"]
