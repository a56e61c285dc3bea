FROM golang:1.22-bookworm
ADD https://github.com/Yelp/dumb-init/releases/download/v1.2.5/dumb-init_1.2.5_x86_64 /usr/bin/dumb-init
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app .
RUN chmod +x /usr/bin/dumb-init
CMD ["app"]
