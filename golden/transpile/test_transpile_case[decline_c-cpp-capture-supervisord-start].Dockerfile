# supervisord started in the captured RUNs starts the programs its configuration names
# (a database server among them, perhaps): not followed
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends build-essential supervisor \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make && cp out/* /usr/local/bin/ && /etc/init.d/supervisor start && sleep 2
CMD ["app-server"]
