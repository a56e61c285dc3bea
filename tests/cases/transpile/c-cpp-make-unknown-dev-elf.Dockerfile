# libopencv-dev has no runtime package in the tables and make names no binary: the
# builder reads the libraries of the executables make wrote in /src with ldd
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends build-essential libopencv-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make
CMD ["./vision"]
