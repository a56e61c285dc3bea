# initdb makes a cluster only in an empty or new directory, so every file of it is new
# in the captured RUNs and reaches the runner whole; pg_ctl runs on that cluster
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev postgresql \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make && cp out/app-server /usr/local/bin/
RUN mkdir -p /srv/pg && chown postgres /srv/pg \
    && su postgres -c "/usr/lib/postgresql/15/bin/initdb -D /srv/pg" \
    && su postgres -c "/usr/lib/postgresql/15/bin/pg_ctl -D /srv/pg -w start" \
    && su postgres -c "createdb app" \
    && su postgres -c "/usr/lib/postgresql/15/bin/pg_ctl -D /srv/pg -m fast stop"
CMD ["app-server"]
