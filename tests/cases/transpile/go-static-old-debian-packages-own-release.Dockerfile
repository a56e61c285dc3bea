# draw7: golang:1.10 is Debian stretch, which has no distroless image; a static binary
# whose runner must install the original's python (stretch's Python 2, a name bookworm
# no longer has) gets stretch's slim image, not bookworm's
FROM golang:1.10
RUN apt-get update && apt-get install -y python && rm -rf /var/lib/apt/lists/*
WORKDIR /go/src/app
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/app .
CMD app --hook /go/src/app/hooks/notify.py
