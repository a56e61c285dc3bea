# a download a later step of the build reads (grep) is not carried as unread, but the
# command names it (--words=/data/words.txt): the runner copies it as the build left it
FROM golang:1.21-bookworm AS builder
RUN mkdir -p /data && wget -q -O /data/words.txt https://example.com/words.txt && grep -c . /data/words.txt
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/app .

# hadolint ignore=DL3006
FROM gcr.io/distroless/static-debian12
WORKDIR /src
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
# the command names /data/words.txt: the RUN at line 4 writes /data/words.txt
COPY --from=builder /data/words.txt /data/words.txt
CMD ["app", "--words=/data/words.txt"]
