FROM golang:1.19-bookworm
RUN bash -c "apt-get update && apt-get install -y --no-install-recommends libjansson-dev pkg-config && rm -rf /var/lib/apt/lists/*"
WORKDIR /app
COPY go.mod main.go ./
RUN go build -o /usr/local/bin/janssonnorm .
CMD ["janssonnorm"]
