# an unknown image proven Debian-family, but the build installs nothing build-only (only
# a runtime library, and pip keeps no cache): the same-image runner would hold everything
# the builder holds
FROM registry.example.com/acme/py-base:2.3
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
CMD ["python", "app.py"]
