# ubuntu (no tag) is ubuntu:latest, resolute on the image data's date: the generated
# package data covers it, and the runner floats with the builder (ubuntu, as written)
FROM ubuntu
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev libssl-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY hash.c .
RUN gcc -O2 -o /usr/local/bin/hash hash.c -lcrypto
CMD ["hash"]
