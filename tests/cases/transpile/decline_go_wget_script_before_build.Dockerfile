# wget without -O names the file after the URL's last segment (install.sh, in /src),
# which the shell then runs before the build: its text is not read
FROM golang:1.22
WORKDIR /src
RUN wget -q https://example.com/tools/install.sh && sh install.sh
COPY . .
RUN CGO_ENABLED=0 go build -o /app .
CMD ["/app"]
