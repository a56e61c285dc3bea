FROM debian:bookworm
ARG PKGS
RUN apt-get update && apt-get install -y --no-install-recommends gcc make libc6-dev $PKGS && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make
CMD ["./prog"]
