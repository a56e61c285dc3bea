FROM debian:bullseye
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip python3-dev gcc libgdal-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN pip3 install --no-cache-dir --no-build-isolation ./native
CMD ["python3", "-m", "app"]
