# NodeSource's setup script adds its https repository before `apt-get install nodejs`;
# the Go program's runner installs nodejs again, so it needs that repository (the
# builder's /etc/apt and keyrings) and, debian:bookworm-slim having no CA certificates,
# what apt needs to read an https source, installed first from the release's own
# sources: without them the runner would get Debian's own nodejs (another major
# version, without npm)
FROM golang:1.21-bookworm
WORKDIR /src
RUN curl -fsSL https://deb.nodesource.com/setup_20.x -o nodesource_setup.sh \
    && bash nodesource_setup.sh \
    && apt-get install -y nodejs
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/app .
CMD /usr/local/bin/app --port 8080
