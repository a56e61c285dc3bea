# the command sources nvm.sh as the RUNs do: nvm's tree would be captured whole and the
# runner's shell would find the same node, but the runner's build-time test of the
# command's programs does not source it: declined
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl \
    build-essential python3 && rm -rf /var/lib/apt/lists/*
RUN curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.39.7/install.sh | bash \
    && . /root/.nvm/nvm.sh && nvm install 18
WORKDIR /app
COPY . .
RUN . /root/.nvm/nvm.sh && npm ci
CMD . /root/.nvm/nvm.sh && exec node server.js
