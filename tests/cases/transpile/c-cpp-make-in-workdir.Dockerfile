FROM debian:bullseye
RUN apt-get update && apt-get install -y --no-install-recommends gcc make libffi-dev libjpeg-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN make
CMD ["./imgsrv"]
