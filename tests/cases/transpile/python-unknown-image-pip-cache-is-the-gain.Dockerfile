# an unknown image proven Debian-family that installs nothing build-only: the only
# saving is pip's cache, which `pip install` (no --no-cache-dir) leaves in the
# original's image and the capture does not carry
FROM registry.example.com/acme/py-base:2.3
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["python", "app.py"]
