FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends build-essential zlib1g-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make && cp packer /usr/local/bin/
ENTRYPOINT ["packer"]
