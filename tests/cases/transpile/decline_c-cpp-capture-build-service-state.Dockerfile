# a service started in the captured RUNs writes its state (a database cluster) in the
# builder; the runner's own install of the package makes another: not laid over it
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev postgresql \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make && cp out/* /usr/local/bin/ && /etc/init.d/postgresql start && su postgres -c "createdb app"
CMD ["app-server"]
