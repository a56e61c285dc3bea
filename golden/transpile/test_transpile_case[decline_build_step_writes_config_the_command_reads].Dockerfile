# the build RUN also copies a configuration file into place, which the command names:
# only the binary would reach the runner
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gcc make && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make && mkdir -p /etc/app && cp app /usr/local/bin/app && cp etc/app.yml /etc/app/app.yml
CMD ["/usr/local/bin/app", "-c", "/etc/app/app.yml"]
