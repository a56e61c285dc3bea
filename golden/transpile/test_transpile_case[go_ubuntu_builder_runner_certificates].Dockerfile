# an ubuntu builder (its CA certificates depend on what apt pulled in) and a Debian
# runner without any: the runner installs its own, which works either way
FROM ubuntu:17.10 AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
WORKDIR /root
ENV GOPATH=/root
RUN apt-get update && apt-get install -y golang-go golang-glide
ADD main.go glide.yaml glide.lock src/github.com/example/ui/
RUN cd src/github.com/example/ui && glide install
RUN go install github.com/example/ui

FROM debian:bookworm-slim
WORKDIR /root
COPY --from=builder /root/bin/ui /root/bin/ui
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
ENV GOPATH=/root
CMD /root/bin/ui
