# tini starts gosu, which starts the binary: both wrappers are the runner's (their
# packages installed again), the binary the artifact
FROM golang:1.22-bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends tini gosu && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .

FROM buildpack-deps:bookworm-scm
# packages the original installs for run time
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends gosu tini && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/server /usr/local/bin/server
# the programs the command runs, from the runner's packages: a missing one fails the build, not the container
RUN command -v tini >/dev/null && command -v gosu >/dev/null
ENTRYPOINT ["tini", "--", "gosu", "nobody"]
CMD ["server"]
