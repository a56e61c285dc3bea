FROM golang:1.8
RUN apt-get update && apt-get install -y libsensors4-dev
COPY . /go/src/github.com/example/sensor-exporter
RUN go install github.com/example/sensor-exporter
ENTRYPOINT ["/go/bin/sensor-exporter"]
