# An image the image data does not know: which Python it has, its release, its USER and
# ENTRYPOINT are all unknown.  The RUN at line 6 runs apt-get install unconditionally, so
# the image is Debian-family and its default user root; the runner is the very same
# image, gcc and libpq-dev stay in the builder and what pip wrote is captured
FROM registry.example.com/acme/py-base:2.3
RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["python", "app.py"]
