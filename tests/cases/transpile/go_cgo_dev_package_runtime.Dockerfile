FROM golang:1.22-bookworm
# the program links the system's SQLite (go-sqlite3 with -tags libsqlite3)
RUN apt-get update && apt-get install -y --no-install-recommends libsqlite3-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN go build -tags libsqlite3 -o /usr/local/bin/store .
CMD ["store"]
