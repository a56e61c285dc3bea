# haproxy:2.8 starts as user haproxy (its Dockerfile's USER, in the image data); the
# original sets USER root before running anything and USER haproxy again at the end
FROM haproxy:2.8
USER root
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip python3-dev gcc libpq-dev \
    && rm -rf /var/lib/apt/lists/*
COPY requirements.txt /app/
RUN pip3 install --break-system-packages -r /app/requirements.txt
COPY . /app
USER haproxy
CMD ["python3", "/app/app.py"]
