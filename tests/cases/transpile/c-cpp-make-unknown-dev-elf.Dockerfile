# libpthreadpool-dev has no known runtime package (the generated package data leaves it
# open: its library package libpthreadpool0 is filed in Section libdevel) and make names
# no binary: the builder reads the libraries of the executables make wrote in /src with ldd
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends build-essential libpthreadpool-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make
CMD ["./vision"]
