# a Go build on arm32v7/golang: its runner (distroless) is published in no architecture
# namespace, and the plain name would pull the build host's architecture
FROM arm32v7/golang:1.22
WORKDIR /src
COPY . .
RUN go build -o /app .
CMD ["/app"]
