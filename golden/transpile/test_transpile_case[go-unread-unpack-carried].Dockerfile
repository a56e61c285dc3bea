# an archive unpacked in /data (made by WORKDIR, not mkdir) that no later command of the
# build reads is there for the program: the runner copies /data as the build left it
FROM golang:1.21-bookworm AS builder
WORKDIR /data
RUN curl -fsSL https://x/geo.tgz | tar -xz
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /app .

# hadolint ignore=DL3006
FROM gcr.io/distroless/static-debian12
WORKDIR /src
COPY --from=builder /app /app
# the RUN at line 5 unpacks an archive here and no command of the build reads it: the program may read it
COPY --from=builder /data /data
CMD ["/app"]
