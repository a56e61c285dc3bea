# ubuntu (no tag) is ubuntu:latest, resolute on the image data's date: the generated
# package data covers it, and the runner floats with the builder (ubuntu, as written)
FROM ubuntu AS builder
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev libssl-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY hash.c .
RUN gcc -O2 -o /usr/local/bin/hash hash.c -lcrypto

FROM ubuntu
# runtime libraries the binary links against
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends libssl3t64 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY --from=builder /usr/local/bin/hash /usr/local/bin/hash
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
CMD ["hash"]
