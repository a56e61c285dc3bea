FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm python3 python3-pip \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN pip3 install --break-system-packages -r requirements.txt && npm install
CMD ["python3", "supervisor.py"]
