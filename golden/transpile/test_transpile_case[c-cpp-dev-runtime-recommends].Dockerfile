# libsasl2-dev installed with apt's Recommends (no --no-install-recommends): apt brought
# the Recommends of every package the install pulled in, so the original has libsasl2-2's
# libsasl2-modules (the SASL mechanisms libsasl2 loads with dlopen: PLAIN, SCRAM, LOGIN).
# The runner installs libsasl2-2, the runtime package of libsasl2-dev, with its
# Recommends too; libpq-dev, installed without them, maps to libpq5 without them
FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y gcc libc6-dev libsasl2-dev \
    && apt-get install -y --no-install-recommends libpq-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY client.c .
RUN gcc -O2 -o /usr/local/bin/client client.c -lsasl2 -lpq

FROM debian:bookworm-slim
# runtime libraries the binary links against
# hadolint ignore=DL3008,DL3015
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && apt-get install -y libsasl2-2 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY --from=builder /usr/local/bin/client /usr/local/bin/client
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
CMD ["client"]
