FROM alpine:3.20
COPY bin/app /usr/local/bin/app
CMD ["app"]
