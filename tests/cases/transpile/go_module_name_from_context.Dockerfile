FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN go build
EXPOSE 8080
CMD ["./api"]
