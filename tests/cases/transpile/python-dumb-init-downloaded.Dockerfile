# dumb-init fetched as a file before the build: copied from the builder (same C library)
FROM python:3.11-bookworm
ADD https://github.com/Yelp/dumb-init/releases/download/v1.2.5/dumb-init_1.2.5_x86_64 /usr/local/bin/dumb-init
RUN chmod +x /usr/local/bin/dumb-init
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir flask==3.0.0
COPY . .
ENTRYPOINT ["/usr/local/bin/dumb-init", "--"]
CMD ["python", "app.py"]
