FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends gcc make && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
# each subshell's cd ends at its `)`: the library is built in lib/, the server in
# server/, and the final make -C runs from /app again
RUN (cd lib && make) && (cd server && make LIBDIR=../lib) && make -C tools

# hadolint ignore=DL3006
FROM gcr.io/distroless/cc-debian12
WORKDIR /app
# files the program may read at run time (config, templates, static files)
COPY . /app/
COPY --from=builder /app/server /app/server
CMD ["/app/server/server"]
