# dos2unix is installed and purged again: the final image has no dos2unix, so the runner
# does not install it (it used to be named for the runner and the rewrite declined); curl,
# which the original keeps, is installed again
FROM python:3.11-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends curl dos2unix \
    && apt-get purge -y dos2unix && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir flask==3.0.0
COPY . .
CMD ["python", "app.py"]
