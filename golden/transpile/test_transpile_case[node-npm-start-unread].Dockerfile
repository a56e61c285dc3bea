# npm start runs a package.json script the transpiler cannot read (no build context):
# dev dependencies are kept rather than pruned on a guess, and the runner is the
# builder's own image (the script may run a program its slim sibling lacks: d4d83da8)
FROM node:20-bookworm AS builder
WORKDIR /app
COPY . .
RUN npm ci && npm run build

FROM node:20-bookworm
WORKDIR /app
COPY --from=builder /app /app
EXPOSE 3000
CMD ["npm", "start"]
