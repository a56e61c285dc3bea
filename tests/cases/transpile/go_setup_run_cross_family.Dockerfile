FROM golang:1.22-bookworm
RUN mkdir -p /opt/svc
WORKDIR /opt/svc
COPY . .
RUN go build -o svc .
RUN groupadd -r svc && useradd -r -g svc -d /opt/svc svc
RUN mkdir data && chown -R svc:svc data && chmod 0750 data
USER svc
CMD ["./svc"]
