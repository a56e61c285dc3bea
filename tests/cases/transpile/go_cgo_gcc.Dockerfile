FROM golang:1.22-bookworm
# mattn/go-sqlite3 needs cgo
RUN apt-get update && apt-get install -y --no-install-recommends gcc && rm -rf /var/lib/apt/lists/*
ENV CGO_ENABLED=1
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/store .
CMD ["store"]
