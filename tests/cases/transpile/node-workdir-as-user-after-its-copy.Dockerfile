# the WORKDIR runs as app, so BuildKit makes /home/app/srv app's; the runner's copy of that
# directory from the builder brings its contents only (the target it creates, or the one the
# runner's WORKDIR made, stays root's 0755: moby/buildkit#1941), so the builder stages an empty
# srv with the original's owner and mode, which a copy onto /home/app/ gives the directory
FROM node:18-bookworm
RUN useradd --create-home app
USER app
WORKDIR /home/app/srv
COPY --chown=app:app package*.json ./
RUN npm ci --omit=dev
COPY --chown=app:app bin ./bin
CMD ["node", "bin/x.js"]
