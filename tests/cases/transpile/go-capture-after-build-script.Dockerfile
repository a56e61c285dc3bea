# a script after the build installs the server's assets (its text is not read): it runs in
# the builder, which captures what it changed; the runner must have a shell and the
# builder's Debian release to take those files, so it is bookworm-slim, not distroless
FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/server .
RUN ./scripts/install-assets.sh
CMD ["server"]
