# nvm's Node reaches the PATH only where nvm.sh is sourced (the RUNs do, the command
# does not) and no ENV PATH names it: the original's `node` finds nothing, and which
# Node was meant is not known
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl \
    build-essential python3 && rm -rf /var/lib/apt/lists/*
RUN curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.39.7/install.sh | bash \
    && . /root/.nvm/nvm.sh && nvm install 18
WORKDIR /app
COPY . .
RUN . /root/.nvm/nvm.sh && npm ci
CMD ["node", "server.js"]
