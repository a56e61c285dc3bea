FROM debian:bookworm
ENV PKGS="gcc make libc6-dev curl"
RUN apt-get update && apt-get install -y --no-install-recommends $PKGS && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make
CMD ["./prog"]
