# a same-image Node runner's captured RUNs: initdb makes a cluster only in an empty or
# new directory, so every file of it is new in the captured RUNs and reaches the runner
# whole; pg_ctl runs on that cluster (no packaged cluster mixed in)
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends git ca-certificates nodejs npm postgresql \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN git clone https://github.com/nvm-sh/nvm.git /opt/nvm
RUN npm ci
RUN mkdir -p /srv/pg && chown postgres /srv/pg \
    && su postgres -c "/usr/lib/postgresql/15/bin/initdb -D /srv/pg" \
    && su postgres -c "/usr/lib/postgresql/15/bin/pg_ctl -D /srv/pg -w start" \
    && su postgres -c "createdb app" \
    && su postgres -c "/usr/lib/postgresql/15/bin/pg_ctl -D /srv/pg -m fast stop"
CMD ["node", "server.js"]
