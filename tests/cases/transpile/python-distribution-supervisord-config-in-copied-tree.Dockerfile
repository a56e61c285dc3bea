# supervisord's -c names a file of the directory the build copies whole (COPY . .):
# read from the build context like a file a COPY names, its programs checked
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip supervisor gcc python3-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip3 install --no-cache-dir -r requirements.txt
COPY . .
CMD ["/usr/bin/supervisord", "-n", "-c", "/app/conf/supervisord.conf"]
