FROM php:8.2-cli-bookworm
RUN apt-get update && apt-get install -y python3 python3-pip python3-dev build-essential libjansson-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN pip3 install --break-system-packages --no-build-isolation ./pkg
ENTRYPOINT ["python3", "app.py"]
