# golang's windowsservercore and nanoserver tags are Windows images: the program is a
# Windows executable, which no Linux runner (distroless, a slim image) can start; the
# rewrite declines at the gate, naming the platform (it once chose distroless)
FROM golang:1.22-windowsservercore-ltsc2022
WORKDIR /src
COPY . .
RUN go build -o /app.exe .
CMD ["/app.exe"]
