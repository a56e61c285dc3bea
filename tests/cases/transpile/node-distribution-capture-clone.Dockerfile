# a clone into /opt before the build (git stays in the builder): not repeatable in the runner, so its effect is captured in the builder
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates git nodejs npm \
    && rm -rf /var/lib/apt/lists/*
RUN git clone --depth 1 https://github.com/example/fonts.git /opt/fonts
WORKDIR /app
COPY . .
RUN npm install
CMD ["node", "index.js"]
