# A legacy LABEL (`LABEL maintainer Jane Doe`) and a shell-form CMD whose continuation lines
# are indented by two: formatted, the label would read maintainer="Jane Doe" and the command
# string the image records would change its blanks, so the runner keeps both exactly as
# written, each in a `# dtranspile: off` region (the output is still its own format)
FROM golang:1.21-alpine
LABEL maintainer Jane Doe
LABEL version="1.0"
WORKDIR /src
COPY go.mod main.go ./
RUN go build -o /bin/server .
CMD /bin/server \
  --port 8080 \
  --verbose
