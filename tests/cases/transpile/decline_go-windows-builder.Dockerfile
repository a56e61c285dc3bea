# golang's windowsservercore and nanoserver tags are Windows images: the program is a
# Windows executable, which no Linux runner (distroless, a slim image) can start; the
# image data does not describe them, so the rewrite declines (it once chose distroless)
FROM golang:1.22-windowsservercore-ltsc2022
WORKDIR /src
COPY . .
RUN go build -o /app.exe .
CMD ["/app.exe"]
