# the final WORKDIR is made by a numeric USER after the build: distroless has no shell, so
# the runner gets the directory's owner and mode by a COPY of the builder's staged empty
# directory (numeric ids travel with it), not by a chown
FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/app .
USER 65532:65532
WORKDIR /var/lib/app
CMD ["app"]
