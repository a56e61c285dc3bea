# a `cd` inside the command's `if` decides where the relative program after it runs:
# which branch ran is only known when the container starts
FROM golang:1.22-alpine3.19
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o app .
CMD if [ -n "$ALT" ]; then cd /opt; fi; ./app
