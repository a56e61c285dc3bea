# the command runs make: the toolchain is needed at run time
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make && cp out/* /usr/local/bin/
CMD ["make", "run"]
