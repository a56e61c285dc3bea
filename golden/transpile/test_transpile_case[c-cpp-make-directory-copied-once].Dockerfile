# the program's name comes from the CMD only, so its make directory is copied whole; the
# same directory, which the build changed after the context copy (sed -i), is not copied a
# second time
FROM debian:bookworm AS builder
COPY . /app
WORKDIR /app
RUN apt-get update && apt-get install -y build-essential && make && sed -i "s/# bind 127.0.0.1/bind 0.0.0.0/" server.conf

# hadolint ignore=DL3006
FROM gcr.io/distroless/cc-debian12
WORKDIR /app
COPY --from=builder /app /app
CMD ["./server", "server.conf"]
