# a copy of the binary made with the program's path (/bin/cp) leaves it where it was,
# as `cp` does: both used to be read differently (issue 19)
FROM golang:1.22-bookworm AS builder
WORKDIR /src
COPY . .
RUN go build -o /out/app . && /bin/cp /out/app /srv/app-backup

# hadolint ignore=DL3006
FROM gcr.io/distroless/base-debian12
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /out/app /out/app
CMD ["/out/app"]
