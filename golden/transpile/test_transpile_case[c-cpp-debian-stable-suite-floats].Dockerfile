# debian:stable names no codename: the image data's date and Debian's release table say it
# was trixie then, so the runtime packages are trixie's, and the runner floats with the
# suite (debian:stable-slim) rather than pinning trixie
FROM debian:stable AS builder
RUN apt-get update && apt-get install -y --no-install-recommends gcc make libc6-dev \
    libsqlite3-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make && cp notes /usr/local/bin/notes

FROM debian:stable-slim
# runtime libraries the binary links against
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends libsqlite3-0 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/notes /usr/local/bin/notes
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
CMD ["notes"]
