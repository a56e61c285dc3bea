# curl is installed to fetch a file and purged afterwards: the final image has no
# curl, so the runner must not install it again (the rewrite declines)
FROM python:3.11-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends curl dos2unix \
    && apt-get purge -y dos2unix && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python", "app.py"]
