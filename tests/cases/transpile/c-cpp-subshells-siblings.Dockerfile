FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gcc make && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
# each subshell's cd ends at its `)`: the library is built in lib/, the server in
# server/, and the final make -C runs from /app again
RUN (cd lib && make) && (cd server && make LIBDIR=../lib) && make -C tools
CMD ["/app/server/server"]
