FROM debian:bookworm
RUN sh -c 'apt-get update && apt-get install -y --no-install-recommends gcc make libc6-dev curl'
WORKDIR /src
COPY . .
RUN make
CMD ["./prog"]
