FROM golang:1.21-bullseye AS builder
WORKDIR /src
COPY . .
RUN go build -race -o /srv/app .

# hadolint ignore=DL3006
FROM gcr.io/distroless/base-debian11
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /srv/app /srv/app
CMD ["/srv/app"]
