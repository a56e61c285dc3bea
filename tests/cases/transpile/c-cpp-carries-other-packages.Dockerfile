# curl and zip are programs the build installs whose run-time use the Dockerfile does
# not show: the runner installs them again (small, and right whether the program runs
# them or not) instead of declining
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev make curl zip \
    && rm -rf /var/lib/apt/lists/*
COPY . /src
WORKDIR /src
RUN make
CMD ["./backup"]
