# syntax=docker/dockerfile:1
# Build and run the API.
FROM golang:1.22-bookworm AS builder

# where the sources live
WORKDIR /go/src/app

# the sources
COPY . .

# compile
RUN go build -o /go/bin/api .

# hadolint ignore=DL3006
FROM gcr.io/distroless/base-debian12
WORKDIR /go/src/app
# files the program may read at run time (config, templates, static files)
COPY . /go/src/app/
COPY --from=builder /go/bin/api /go/bin/api

# document the port
EXPOSE 3000

# run it
ENTRYPOINT ["/go/bin/api"]
