FROM debian:bookworm
RUN apt-get update && for p in gcc make libc6-dev curl; do apt-get install -y --no-install-recommends $p; done && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make
CMD ["./prog"]
