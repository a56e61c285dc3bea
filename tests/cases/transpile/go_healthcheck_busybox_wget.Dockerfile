FROM golang:1.22-alpine
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/server ./cmd/server
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD wget -q --spider http://localhost:8080/healthz || exit 1
CMD ["server"]
