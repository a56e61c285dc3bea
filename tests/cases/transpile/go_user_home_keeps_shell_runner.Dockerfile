# useradd -m: /etc/passwd alone would miss the home, so the user is created in a
# runner with a shell
FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/app .
RUN useradd -m worker
USER worker
CMD ["app"]
