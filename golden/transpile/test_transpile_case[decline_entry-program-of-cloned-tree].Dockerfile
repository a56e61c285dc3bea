# the command runs a file of a repository a RUN clones, not the Go build's output
FROM golang:1.21-bookworm
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app .
RUN git clone https://github.com/example/tools.git /opt/tools
CMD ["/opt/tools/bin/serve"]
