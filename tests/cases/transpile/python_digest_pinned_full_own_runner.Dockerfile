# python:3 pinned by a digest: the slim sibling python:3-slim floats alone and may hold
# another Python X.Y than the digest's, and no slim image of the digest's version is
# known: the runner is the builder's own pinned image (no libraries gathered for a
# slim runner)
FROM python:3@sha256:6f0b0bd3d2ce0c2aa1d03b8b3f5f58f1d36a0c6b6fc7cd7d1c0cf4b4b8c32a1e
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "app.py"]
