# a Go toolchain copied from the golang image and run through PATH is the build's: it
# stays in the builder
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y ca-certificates
COPY --from=golang:1.21 /usr/local/go /usr/local/go
ENV PATH=$PATH:/usr/local/go/bin
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /app .
CMD ["/app"]
