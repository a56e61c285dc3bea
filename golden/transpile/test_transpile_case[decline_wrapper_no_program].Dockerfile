# dumb-init with no command after it: the ENTRYPOINT resets the image's CMD
FROM python:3.11-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends dumb-init && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENTRYPOINT ["dumb-init", "--"]
