# the container runs make and no recognised build step precedes it: make is any
# language's build tool, so the decline says it needs the build's toolchain at run time
# (it named the Go toolchain before, for a Perl project)
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y cpanminus gcc make perl && rm -rf /var/lib/apt/lists/*
RUN cpanm Template
WORKDIR /app
CMD ["make"]
