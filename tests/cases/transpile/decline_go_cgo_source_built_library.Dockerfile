FROM golang:1.22-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends autoconf automake libtool && rm -rf /var/lib/apt/lists/*
RUN git clone --depth 1 https://github.com/jedisct1/libsodium.git /tmp/libsodium \
  && cd /tmp/libsodium && ./autogen.sh && ./configure && make && make install && ldconfig
WORKDIR /src
COPY . .
RUN CGO_ENABLED=1 go build -o /usr/local/bin/seal .
CMD ["seal"]
