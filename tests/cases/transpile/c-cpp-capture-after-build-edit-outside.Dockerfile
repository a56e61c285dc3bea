# the RUN after the build edits /etc/app.conf, which the runner does not copy: it runs in the
# builder, which captures what it changed (the file) for the runner
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gcc make && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN ./configure --prefix=/opt/app && make && make install
RUN sed -i 's/^port=.*/port=8080/' /etc/app.conf
CMD ["/opt/app/bin/app"]
