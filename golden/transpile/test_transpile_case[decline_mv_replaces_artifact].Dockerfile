# A later RUN renames another file onto the built program: what the container runs is
# not what the build produced, and the runner's copy would be the wrong file.
FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/server .
RUN cd /usr/local/bin && mv server-wrapper server
CMD ["server"]
