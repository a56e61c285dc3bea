# a download a later step of the build reads (grep) is not carried as unread, but the
# command names it (--words=/data/words.txt): the runner copies it as the build left it
FROM golang:1.21-bookworm
RUN mkdir -p /data && wget -q -O /data/words.txt https://example.com/words.txt && grep -c . /data/words.txt
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/app .
CMD ["app", "--words=/data/words.txt"]
