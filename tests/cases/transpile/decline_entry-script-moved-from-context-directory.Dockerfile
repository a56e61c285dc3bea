# the entry script is copied out of a directory the COPY brings whole from the build
# context; without the context what it runs is unknown: declined, naming the cp and the COPY
FROM golang:1.21-bookworm
WORKDIR /src
COPY . /src
RUN go build -o /usr/local/bin/server ./cmd/server
RUN cp /src/docker/run.sh /run.sh && chmod +x /run.sh
CMD ["/run.sh"]
