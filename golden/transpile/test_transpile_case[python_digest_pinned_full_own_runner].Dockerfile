# python:3 pinned by a digest: the slim sibling python:3-slim floats alone and may hold
# another Python X.Y than the digest's, and no slim image of the digest's version is
# known: the runner is the builder's own pinned image (no libraries gathered for a
# slim runner)
FROM python:3@sha256:6f0b0bd3d2ce0c2aa1d03b8b3f5f58f1d36a0c6b6fc7cd7d1c0cf4b4b8c32a1e AS builder
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt && python -c "import os, re, shutil; os.makedirs('/opt/console-scripts'); [shutil.copy2(os.path.join('/usr/local/bin', f), '/opt/console-scripts') for f in os.listdir('/usr/local/bin') if not re.match(r'(python|idle|pydoc|2to3)[0-9.]*(-config|-[0-9.]+)?\\Z', f) and os.path.isfile(os.path.join('/usr/local/bin', f))]" && python -c 'exec("""import glob, os, shutil\ndest = "/opt/pip-data-files"\nos.makedirs(dest)\nfor site in glob.glob("/usr/local/lib/python*/site-packages"):\n    for info in sorted(os.listdir(site)):\n        top = os.path.join(site, info)\n        if info.endswith(".dist-info"):\n            record, base = os.path.join(top, "RECORD"), site\n        elif info.endswith(".egg-info"):\n            record, base = os.path.join(top, "installed-files.txt"), top\n        else:\n            continue\n        if not os.path.isfile(record):\n            continue\n        for line in open(record):\n            rel = line.rsplit(",", 2)[0] if record.endswith("RECORD") else line.rstrip("\\n")\n            path = os.path.normpath(os.path.join(base, rel))\n            out = dest + path\n            if not rel or path.startswith((site + "/", "/usr/local/bin/")) or os.path.lexists(out):\n                continue\n            if not os.path.lexists(path) or os.path.isdir(path):\n                continue\n            if not os.path.isdir(os.path.dirname(out)):\n                os.makedirs(os.path.dirname(out))\n            if os.path.islink(path):\n                os.symlink(os.readlink(path), out)\n            else:\n                shutil.copy2(path, out)""")'

FROM python:3@sha256:6f0b0bd3d2ce0c2aa1d03b8b3f5f58f1d36a0c6b6fc7cd7d1c0cf4b4b8c32a1e
WORKDIR /app
# the system site-packages from the builder, into the same directory of this image's Python (the tag names no X.Y), and its packages' own scripts out
RUN --mount=type=bind,from=builder,source=/usr/local/lib,target=/tmp/dtranspile-builder for dir in /tmp/dtranspile-builder/python3.*/site-packages; do dest="/usr/local/lib/${dir#/tmp/dtranspile-builder/}"; [ -d "$dest" ] || { echo "$dest is not in this image: its Python is not the builder's" >&2; exit 1; }; rm -rf "$dest" && cp -a "$dir" "$dest" || exit 1; done && rm -f /usr/local/bin/pip /usr/local/bin/pip[0-9]* /usr/local/bin/pip-[0-9]* /usr/local/bin/easy_install /usr/local/bin/easy_install[0-9]* /usr/local/bin/easy_install-[0-9]* /usr/local/bin/wheel /usr/local/bin/wheel[0-9]* /usr/local/bin/wheel-[0-9]*
COPY --from=builder /app /app
COPY --from=builder /opt/console-scripts /usr/local/bin
COPY --from=builder /opt/pip-data-files /
COPY . .
CMD ["python", "app.py"]
