FROM php:8.2-cli-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip python3-dev gcc make libc6-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
# a hand-written Makefile: PREFIX is honoured, DESTDIR is not
RUN make -C libgreet install PREFIX=/usr/local && ldconfig
RUN pip3 install --break-system-packages --no-build-isolation ./greetpy
CMD ["python3", "app.py", "world"]
