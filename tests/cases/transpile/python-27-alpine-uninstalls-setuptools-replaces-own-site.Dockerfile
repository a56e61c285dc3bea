# python:2.7-alpine's site-packages holds its own pip, setuptools and wheel; the build
# removes setuptools after using it, so the runner (the alpine image itself, which gets
# the build's runtime libraries) must not keep its own copy: it removes its
# site-packages before the copy of the builder's
FROM python:2.7-alpine
RUN apk add --no-cache gcc musl-dev libffi-dev
WORKDIR /srv
RUN pip install --no-cache-dir cffi==1.15.1 && pip uninstall -y setuptools
COPY . .
CMD ["python", "server.py"]
