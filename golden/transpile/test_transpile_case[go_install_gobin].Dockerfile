FROM golang:1.22-bookworm AS builder
ENV GOBIN=/usr/local/bin
WORKDIR /src
COPY . .
RUN go install ./cmd/api

# hadolint ignore=DL3006
FROM gcr.io/distroless/base-debian12
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/api /usr/local/bin/api
EXPOSE 9000
CMD ["api"]
