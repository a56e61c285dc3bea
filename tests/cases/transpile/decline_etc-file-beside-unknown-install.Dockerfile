# the RUN writes /etc/default/docker beside an installer piped to sh: what the file
# configures was written where no reader follows, so carrying the file alone would
# not make the runner the original
FROM golang:1.21-bookworm
RUN curl -fsSL https://get.docker.com | sh && \
    echo 'DOCKER_OPTS="-H unix:///var/run/docker.sock"' >> /etc/default/docker
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/hook .
ENTRYPOINT ["/usr/local/bin/hook"]
