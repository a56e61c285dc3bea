# The builder image is chosen by a global ARG: the image data does not know its default,
# and the RUN at line 7 proves it Debian-family.  The runner is the very same image, so
# its FROM is written as the builder's ($BASE_IMAGE), not as the default: a --build-arg
# BASE_IMAGE=... chooses the same image for both stages
ARG BASE_IMAGE=registry.example.com/acme/py-base:2.3
FROM $BASE_IMAGE
RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["python", "app.py"]
