FROM python:3.9-slim-bullseye
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev libcmark-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir --no-build-isolation ./md
CMD ["python", "app.py"]
