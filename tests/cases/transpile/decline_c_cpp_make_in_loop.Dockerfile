FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gcc make && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
# a loop body only may run: the transpiler cannot know which programs it builds
RUN for dir in lib server; do make -C "$dir"; done
CMD ["/app/server/server"]
