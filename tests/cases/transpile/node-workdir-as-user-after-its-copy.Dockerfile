# the WORKDIR runs as app, so BuildKit makes /home/app/srv app's: the runner's WORKDIR follows
# the copy of that directory from the builder, which keeps its owner (a WORKDIR first would make it root's)
FROM node:18-bookworm
RUN useradd --create-home app
USER app
WORKDIR /home/app/srv
COPY --chown=app:app package*.json ./
RUN npm ci --omit=dev
COPY --chown=app:app bin ./bin
CMD ["node", "bin/x.js"]
