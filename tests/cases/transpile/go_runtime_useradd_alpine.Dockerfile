FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app .
RUN useradd --system app
USER app
CMD ["app"]
