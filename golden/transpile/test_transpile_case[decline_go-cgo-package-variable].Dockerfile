FROM golang:1.21-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends $EXTRA_DEPS git
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app .
CMD ["app"]
