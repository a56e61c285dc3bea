# syntax=docker/dockerfile:1
# Build and run the API.
FROM golang:1.22-bookworm

# where the sources live
WORKDIR /go/src/app

# the sources
COPY . .

# compile
RUN go build -o /go/bin/api .

# document the port
EXPOSE 3000

# run it
ENTRYPOINT ["/go/bin/api"]
