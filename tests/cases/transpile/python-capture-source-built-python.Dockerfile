# CPython built from source into /usr/local on plain Debian (no python3 package): the
# build runs in a capture window from the source build on, so /usr/local/bin/python3.12,
# its libpython and the site-packages pip filled reach the runner; the compilers and
# -dev packages stay behind, their runtime libraries are installed
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates wget \
    gcc make libssl-dev zlib1g-dev libffi-dev libsqlite3-dev libbz2-dev \
    && rm -rf /var/lib/apt/lists/*
RUN wget -q https://www.python.org/ftp/python/3.12.1/Python-3.12.1.tgz \
    && tar xzf Python-3.12.1.tgz && cd Python-3.12.1 \
    && ./configure --enable-shared --prefix=/usr/local LDFLAGS=-Wl,-rpath,/usr/local/lib \
    && make -j2 && make install \
    && cd / && rm -rf Python-3.12.1 Python-3.12.1.tgz
WORKDIR /app
COPY requirements.txt .
RUN pip3.12 install --no-cache-dir -r requirements.txt
COPY . .
USER nobody
CMD ["python3.12", "-m", "uvicorn", "service:app", "--host", "0.0.0.0"]
