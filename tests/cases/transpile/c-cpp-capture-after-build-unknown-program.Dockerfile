# what ./post-install.sh writes is not known: it runs in the builder, which captures what it
# changed outside the copied prefix for the runner
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gcc make && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN ./configure --prefix=/opt/app && make && make install
RUN ./post-install.sh /opt/app
CMD ["/opt/app/bin/app"]
