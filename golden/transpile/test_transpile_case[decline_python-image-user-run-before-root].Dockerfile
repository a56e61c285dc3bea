# haproxy:2.8 starts as user haproxy: the RUN before USER root ran as haproxy, which a
# runner that sets USER root for its setup would not
FROM haproxy:2.8
RUN mkdir -p /var/lib/haproxy/cache
USER root
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip python3-dev gcc libpq-dev \
    && rm -rf /var/lib/apt/lists/*
COPY requirements.txt /app/
RUN pip3 install --break-system-packages -r /app/requirements.txt
COPY . /app
USER haproxy
CMD ["python3", "/app/app.py"]
