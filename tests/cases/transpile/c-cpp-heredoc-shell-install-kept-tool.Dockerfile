FROM debian:bookworm
RUN bash -e <<EOT
apt-get update
apt-get install -y --no-install-recommends gcc make libc6-dev curl
EOT
WORKDIR /src
COPY . .
RUN make
CMD ["./prog"]
