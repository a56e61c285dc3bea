# A library built from source and installed with --prefix=/usr before the pip build:
# the module pip compiles links it (3d0bee85's librdkafka).  On a Debian python image
# the builder gathers the libraries and programs in /usr that no dpkg package owns (the
# install's), and the runner gets them at the same paths, beside /usr/local's.
FROM python:3.11-slim
RUN set -ex; apt-get update; apt-get install -y --no-install-recommends gcc make wget libc6-dev; \
    mkdir -p /usr/src/librdkafka; cd /usr/src/librdkafka; \
    wget -O v2.3.0.tar.gz https://github.com/edenhill/librdkafka/archive/v2.3.0.tar.gz; \
    tar xf v2.3.0.tar.gz --strip-components=1; ./configure --prefix=/usr; make; make install; \
    rm -r /usr/src/librdkafka
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir confluent-kafka==2.3.0
CMD ["python", "app.py"]
