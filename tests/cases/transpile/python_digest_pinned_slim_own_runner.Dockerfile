# python:3-slim floats, but the digest pins the builder to one of its images, whose
# Python X.Y the image data does not show: the runner is the very same pinned
# reference (the tag alone would move the runner to another X.Y while the builder
# stays)
FROM python:3-slim@sha256:6f0b0bd3d2ce0c2aa1d03b8b3f5f58f1d36a0c6b6fc7cd7d1c0cf4b4b8c32a1e
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "app.py"]
