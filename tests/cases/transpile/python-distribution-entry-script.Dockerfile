FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip python3-setuptools gcc python3-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pkg /app/pkg
RUN pip3 install --break-system-packages --no-cache-dir --no-build-isolation ./pkg
COPY entrypoint.sh /entrypoint.sh
ENTRYPOINT ["/entrypoint.sh"]
CMD ["greet", "world"]
