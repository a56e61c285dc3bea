FROM golang:1.22-bookworm
ENV DEBIAN_FRONTEND=noninteractive APP_ENV=production
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/svc .
ENV PORT=8080
LABEL org.opencontainers.image.title="svc" \
      org.opencontainers.image.source="https://example.com/svc"
EXPOSE 8080
VOLUME /data
STOPSIGNAL SIGTERM
USER nobody
CMD ["svc"]
