# the runner installs wget again with its Recommends, as the original did: they bring
# ca-certificates, so the runner needs no install of its own for them (and no warning)
FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y gcc libc6-dev wget
WORKDIR /src
COPY main.c .
RUN gcc -O2 -o /usr/local/bin/fetcher main.c

FROM debian:bookworm-slim
# packages the original installs for run time
# hadolint ignore=DL3008,DL3015
RUN apt-get update && apt-get install -y wget && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY --from=builder /usr/local/bin/fetcher /usr/local/bin/fetcher
CMD ["fetcher"]
