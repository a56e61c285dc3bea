FROM golang:1.19-bookworm
RUN apt-get update \
 && for pkg in pkg-config libjansson-dev; do apt-get install -y --no-install-recommends "$pkg"; done \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY go.mod main.go ./
RUN go build -o /usr/local/bin/janssonnorm .
CMD ["janssonnorm"]
