# the original upgrades the image's packages before its installs: its final image has
# bookworm's upgraded packages, so the runner's install of the runtime libraries runs
# the same upgrade first, after its own apt-get update
FROM debian:bookworm AS builder
RUN apt-get update && apt-get -y dist-upgrade && apt-get install -y --no-install-recommends \
    gcc make libc6-dev libsqlite3-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make && cp notes /usr/local/bin/notes

FROM debian:bookworm-slim
# runtime libraries the binary links against
# hadolint ignore=DL3008
RUN apt-get update && apt-get dist-upgrade -y && apt-get install -y --no-install-recommends libsqlite3-0 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/notes /usr/local/bin/notes
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
CMD ["notes"]
