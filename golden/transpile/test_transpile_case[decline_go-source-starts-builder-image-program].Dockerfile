# the CLI's exec subcommand runs ssh, which golang's image has (buildpack-deps scm)
FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/cli ./cmd/cli
ENTRYPOINT ["cli"]
CMD ["help"]
