# the build runs as `app`; the transpiler's own RUN (the libraries the compiled modules
# load, for the slim runner) writes to /opt, so it runs as root after the build
FROM node:18-bookworm
RUN useradd -m app
WORKDIR /home/app/srv
COPY --chown=app:app package.json package-lock.json ./
USER app
RUN npm ci --omit=dev
COPY --chown=app:app . .
CMD ["node", "server.js"]
