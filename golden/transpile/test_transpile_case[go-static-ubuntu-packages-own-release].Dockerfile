# draw7 d83b1858: a static Go binary whose runner needs a shell and installs the
# original's packages again: the runner is the builder's distribution at its release
# (ubuntu:20.04), whose archive names them; it was debian:bookworm-slim, looking up
# Ubuntu's names (wily's php5-cli, module-init-tools) in Debian's archive
FROM ubuntu:20.04 AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
RUN apt-get update && apt-get install -y golang-go git php7.4-cli lm-sensors
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/checker .

FROM ubuntu:20.04
# packages the original installs for run time
# hadolint ignore=DL3008,DL3015
RUN apt-get update && apt-get install -y git lm-sensors php7.4-cli && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/checker /usr/local/bin/checker
CMD checker -d /src/samples --verbosity info
