FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gcc make libc6-dev sudo \
 && rm -rf /var/lib/apt/lists/*
RUN useradd -m app
WORKDIR /src
COPY . .
# the data directory is made by the user the program runs as
RUN make && sudo -u app mkdir -p /home/app/data
USER app
CMD ["/src/notes"]
