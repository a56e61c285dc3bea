# a global npm install beside an apt package whose program the command runs: the program
# is the package's (installed again in the runner), not a global install's link, which
# the builder's check would look for in vain and fail the build
FROM node:18-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends ffmpeg \
    && rm -rf /var/lib/apt/lists/*
RUN npm install -g typescript
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN tsc -p . && npm prune --omit=dev
CMD ["ffmpeg", "-hide_banner", "-version"]
