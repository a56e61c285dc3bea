# a RUN before the build downloads a data file, creates a log directory and clones
# templates that no command of the build reads: they are there for the program, so the
# runner copies each from the builder as the build left it; the tool the build runs
# (/opt/tools/gen, under a directory a later command names) stays in the builder
FROM golang:1.21-bookworm
RUN mkdir -p /opt/data && curl -fsSL -o /opt/data/model.bin https://example.com/model.bin
RUN git clone --depth 1 https://github.com/example/templates /srv/templates && \
    mkdir -p /var/log/app && touch /var/log/app/app.log
RUN mkdir -p /opt/tools && curl -fsSL -o /opt/tools/gen https://example.com/gen && \
    chmod +x /opt/tools/gen
WORKDIR /src
COPY . .
RUN /opt/tools/gen ./api && CGO_ENABLED=0 go build -o /app .
CMD ["/app"]
