# a package's program (redis-server) beside the app: the runner installs it and tests it
FROM python:3.11-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends redis-server && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir flask==3.0.0
COPY . .
CMD redis-server --daemonize yes && python app.py
