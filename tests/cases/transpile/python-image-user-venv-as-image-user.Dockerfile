# haproxy:2.8 starts as haproxy: the original installs as root, then builds a venv as
# haproxy in its home; the runner copies it with haproxy's ownership and ends as haproxy
FROM haproxy:2.8
USER root
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-venv python3-dev gcc libpq-dev \
    && rm -rf /var/lib/apt/lists/*
USER haproxy
COPY requirements.txt /var/lib/haproxy/
RUN python3 -m venv /var/lib/haproxy/venv && /var/lib/haproxy/venv/bin/pip install -r /var/lib/haproxy/requirements.txt
COPY app.py /var/lib/haproxy/
CMD ["/var/lib/haproxy/venv/bin/python", "/var/lib/haproxy/app.py"]
