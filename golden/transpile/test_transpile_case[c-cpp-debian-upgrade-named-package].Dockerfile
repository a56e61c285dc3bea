# `apt-get upgrade sqlite3` names a package: apt (1.1 and later) installs or upgrades that
# one alone, so nothing else was upgraded and the runner upgrades nothing either
FROM debian:bookworm AS builder
RUN apt-get update && apt-get upgrade -y sqlite3 && apt-get install -y --no-install-recommends \
    gcc make libc6-dev libsqlite3-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make && cp notes /usr/local/bin/notes

FROM debian:bookworm-slim
# runtime libraries the binary links against
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends libsqlite3-0 && rm -rf /var/lib/apt/lists/*
# packages the original installs for run time
# hadolint ignore=DL3008,DL3015
RUN apt-get update && apt-get install -y sqlite3 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/notes /usr/local/bin/notes
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
CMD ["notes"]
