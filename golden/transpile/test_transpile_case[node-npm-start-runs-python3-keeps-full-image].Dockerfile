# the start script (read from the build context) runs python3, which the full node image has
# (buildpack-deps) and node:slim lacks: the runner stays the builder's own image
FROM node:latest AS builder
WORKDIR /opt/greeter
COPY package.json ./
RUN npm install && npm prune --omit=dev

FROM node:latest
WORKDIR /opt/greeter
COPY --from=builder /opt/greeter /opt/greeter
COPY . .
CMD ["npm", "start"]
