FROM golang:1.22-bookworm
ENV GOBIN=/usr/local/bin
WORKDIR /src
COPY . .
RUN go install ./cmd/api
EXPOSE 9000
CMD ["api"]
