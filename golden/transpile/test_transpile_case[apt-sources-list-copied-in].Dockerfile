# the build's apt sources come from the context (a mirror, another component, a
# repository of its own): the runner installs its packages again from the same sources
# and keeps the file, as a RUN writing it would have it (corpus 7389c68d: ADD
# sources.list /etc/apt/sources.list was left in the builder)
FROM ubuntu:16.04 AS builder
ADD sources.list /etc/apt/sources.list
RUN apt-get update && apt-get install -y --no-install-recommends gcc make libc6-dev libpcre3-dev libpcre3 git
WORKDIR /src
COPY . .
RUN make

FROM ubuntu:16.04
COPY --from=builder /etc/apt /etc/apt
COPY --from=builder /usr/share/keyrings /usr/share/keyrings
# runtime libraries the binary links against
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends libpcre16-3 libpcre3 libpcre32-3 libpcrecpp0v5 && rm -rf /var/lib/apt/lists/*
# packages the original installs for run time
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY --from=builder /src /src
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
CMD ["./server"]
