# a package file (a downloaded .deb, removed by its RUN) installed among the captured
# RUNs: a dpkg hook in the builder keeps the file dpkg is given, the runner installs it
# itself after the captured files (its dependencies from the archive, its maintainer
# scripts run there), and the capture leaves its files out as any package's
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends gcc make libc6-dev libssl-dev wget ca-certificates \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/hashd
COPY . .
RUN wget -q https://github.com/krallin/tini/releases/download/v0.19.0/tini_0.19.0-amd64.deb \
    && dpkg -i tini_0.19.0-amd64.deb && rm tini_0.19.0-amd64.deb
RUN make && make install PREFIX=/usr
ENTRYPOINT ["/usr/bin/tini", "--", "/usr/bin/hashd"]
CMD ["--port", "8080"]
