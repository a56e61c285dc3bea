# the HEALTHCHECK starts curl through sudo: sudo is a program the runner must have too
# (it was stripped and only curl installed, on a slim runner without sudo)
FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .
HEALTHCHECK CMD sudo curl -f http://localhost:8080/
CMD ["server"]
