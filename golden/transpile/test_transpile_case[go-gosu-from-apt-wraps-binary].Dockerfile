# gosu (installed by apt) starts the build's binary as another user: gosu is a program
# the runner must have too (installed again, tested there), and the program it starts,
# after the user, is the one read for the artifact
FROM golang:1.22-bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends gosu && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .

FROM buildpack-deps:bookworm-scm
# packages the original installs for run time
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends gosu && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/server /usr/local/bin/server
# the programs the command runs, from the runner's packages: a missing one fails the build, not the container
RUN command -v gosu >/dev/null
CMD ["gosu", "nobody", "server"]
