# debian:testing was forky on the image data's date (Debian's release table); no package
# index of forky is in the data, so the runner's packages are not known: declined
FROM debian:testing
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY notes.c .
RUN gcc -O2 -o /usr/local/bin/notes notes.c
CMD ["notes"]
