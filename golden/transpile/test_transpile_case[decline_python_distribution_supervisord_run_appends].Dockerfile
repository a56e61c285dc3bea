# the first write of supervisord's configuration appends (>>) to what the image had
# at that path, which is not known: what supervisord starts is not known either
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip supervisor gcc python3-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip3 install --no-cache-dir -r requirements.txt
COPY . .
RUN echo "[program:app]" >> /etc/supervisor/conf.d/app.conf \
    && echo "command=python3 /app/main.py" >> /etc/supervisor/conf.d/app.conf
CMD ["/usr/bin/supervisord", "-n"]
