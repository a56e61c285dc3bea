FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip gcc python3-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip3 install --break-system-packages --no-cache-dir -r requirements.txt && printf '#!/bin/sh\ncc -o /tmp/x /app/x.c\n' > /opt/prepare.sh
COPY . .
CMD sh /opt/prepare.sh && exec python3 app.py
