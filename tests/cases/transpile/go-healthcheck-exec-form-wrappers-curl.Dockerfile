# an exec-form HEALTHCHECK is read as the CMD is: timeout and env start curl (core
# programs of every image with a shell), and curl is installed in the runner (it was
# taken for a program `timeout` the runner lacks)
FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .
HEALTHCHECK CMD ["timeout", "5", "env", "NO_PROXY=*", "curl", "-f", "http://localhost:8080/"]
CMD ["server"]
