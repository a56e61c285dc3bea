# dumb-init from apt on the full python image: the slim runner installs it too
FROM python:3.11-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends dumb-init && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir flask==3.0.0
COPY . .
ENTRYPOINT ["dumb-init", "--"]
CMD ["python", "app.py"]
