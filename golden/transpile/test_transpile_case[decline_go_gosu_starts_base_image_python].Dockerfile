# gosu starts python3, which golang:bookworm has and its slim runner lacks: the
# command gosu starts is read as the container's program (it was taken for gosu's
# arguments, and the runner without python3 was written)
FROM golang:1.22-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gosu && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .
CMD ["gosu", "nobody", "python3", "-m", "http.server"]
