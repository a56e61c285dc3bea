# NodeSource's setup script adds its https repository before `apt-get install nodejs`;
# the Go program's runner installs nodejs again, so it needs that repository (the
# builder's /etc/apt and keyrings) and, debian:bookworm-slim having no CA certificates,
# what apt needs to read an https source, installed first from the release's own
# sources: without them the runner would get Debian's own nodejs (another major
# version, without npm)
FROM golang:1.21-bookworm AS builder
WORKDIR /src
RUN curl -fsSL https://deb.nodesource.com/setup_20.x -o nodesource_setup.sh \
    && bash nodesource_setup.sh \
    && apt-get install -y nodejs
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/app .

FROM buildpack-deps:bookworm-scm
COPY --from=builder /etc/apt /etc/apt
COPY --from=builder /usr/share/keyrings /usr/share/keyrings
# packages the original installs for run time
# hadolint ignore=DL3008,DL3015
RUN apt-get update && apt-get install -y nodejs && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
CMD /usr/local/bin/app --port 8080
