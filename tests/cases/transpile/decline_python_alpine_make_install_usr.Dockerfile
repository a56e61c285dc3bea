# A library built from source and installed with --prefix=/usr before the pip build, on
# an Alpine python image: no dpkg database tells the install's files from the
# distribution's, so what to copy is not known: declined, not a runner that fails at
# import.
FROM python:3.11-alpine
RUN set -ex; apk add --no-cache gcc make musl-dev; \
    mkdir -p /usr/src/librdkafka; cd /usr/src/librdkafka; \
    wget -O v2.3.0.tar.gz https://github.com/edenhill/librdkafka/archive/v2.3.0.tar.gz; \
    tar xf v2.3.0.tar.gz --strip-components=1; ./configure --prefix=/usr; make; make install; \
    rm -r /usr/src/librdkafka
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir confluent-kafka==2.3.0
CMD ["python", "app.py"]
