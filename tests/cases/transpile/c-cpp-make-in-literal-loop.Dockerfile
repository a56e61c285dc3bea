FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gcc make && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
# a loop over literal words runs its body once per word: read as the unrolled sequence
RUN for dir in lib server; do make -C "$dir"; done
CMD ["/app/server/server"]
