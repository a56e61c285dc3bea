# kubectl downloaded for the program, which may exec it: the distroless static runner
# has no shell to test it in, and whether it is static is not known here
FROM golang:1.21-bookworm
RUN curl -fsSL -o /usr/local/bin/kubectl https://dl.k8s.io/release/v1.29.0/bin/linux/amd64/kubectl \
    && chmod +x /usr/local/bin/kubectl
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /app .
CMD ["/app"]
