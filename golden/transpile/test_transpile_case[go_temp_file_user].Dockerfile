FROM golang:1.19-bookworm AS builder
ENV CGO_ENABLED=0
WORKDIR /src
COPY go.mod main.go ./
RUN go build -o /usr/local/bin/spool .

FROM buildpack-deps:bookworm-scm
WORKDIR /src
COPY --from=builder /usr/local/bin/spool /usr/local/bin/spool
RUN useradd --system --uid 10001 spool
USER spool
CMD ["/usr/local/bin/spool"]
