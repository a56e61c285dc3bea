# A global ARG with no default picks the builder's tag (the build passes --build-arg
# PY_TAG=...): the image is not known at all, the apt-get install at line 6 proves
# it Debian-family, and the runner's FROM names the same tag through the same ARG
ARG PY_TAG
FROM registry.example.com/acme/py-glibc:${PY_TAG}-devel
RUN apt-get update && apt-get install -y gcc libffi-dev
WORKDIR /srv
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
CMD ["python", "serve.py"]
