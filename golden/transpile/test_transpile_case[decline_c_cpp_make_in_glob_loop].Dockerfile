FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gcc make && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
# the directories a pattern matches are only known in the build context
RUN for dir in */; do make -C "$dir"; done
CMD ["/app/server/server"]
