# sudo's options (-u USER, -E) and time's -p are read: the program they start is the
# build's binary (it was taken for `-u`); sudo and time are programs of packages the
# original installs, which the runner installs again
FROM golang:1.22-bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends sudo time && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .

FROM buildpack-deps:bookworm-scm
# packages the original installs for run time
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends sudo time && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/server /usr/local/bin/server
# the programs the command runs, from the runner's packages: a missing one fails the build, not the container
RUN command -v sudo >/dev/null && command -v time >/dev/null
CMD ["sudo", "-E", "-u", "nobody", "time", "-p", "server"]
