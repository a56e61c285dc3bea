# python:3 pinned by a digest: the slim sibling python:3-slim floats alone and may hold
# another Python X.Y than the digest's, and no slim image of the digest's version is
# known: the runner is the builder's own pinned image (no libraries gathered for a
# slim runner)
FROM python:3@sha256:6f0b0bd3d2ce0c2aa1d03b8b3f5f58f1d36a0c6b6fc7cd7d1c0cf4b4b8c32a1e AS builder
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt && python -c "import os, re, shutil; os.makedirs('/opt/console-scripts'); [shutil.copy2(os.path.join('/usr/local/bin', f), '/opt/console-scripts') for f in os.listdir('/usr/local/bin') if not re.match(r'(python|pip|idle|pydoc|2to3|easy_install|wheel)[0-9.]*(-config|-[0-9.]+)?\\Z', f) and os.path.isfile(os.path.join('/usr/local/bin', f))]"

FROM python:3@sha256:6f0b0bd3d2ce0c2aa1d03b8b3f5f58f1d36a0c6b6fc7cd7d1c0cf4b4b8c32a1e
WORKDIR /app
# the system site-packages from the builder, into the same directory of this image's Python (the tag names no X.Y)
RUN --mount=type=bind,from=builder,source=/usr/local/lib,target=/tmp/dtranspile-builder for dir in /tmp/dtranspile-builder/python3.*/site-packages; do dest="/usr/local/lib/${dir#/tmp/dtranspile-builder/}"; [ -d "$dest" ] || { echo "$dest is not in this image: its Python is not the builder's" >&2; exit 1; }; cp -a "$dir/." "$dest/" || exit 1; done
COPY --from=builder /app /app
COPY --from=builder /opt/console-scripts /usr/local/bin
COPY . .
CMD ["python", "app.py"]
