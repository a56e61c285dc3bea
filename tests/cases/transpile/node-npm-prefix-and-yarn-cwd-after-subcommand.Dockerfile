# npm reads its --prefix anywhere before `--`, and yarn 1 its --cwd after its own commands
# (install, add): `npm ci --prefix server` installs in server/ as `npm --prefix server ci`
# does, so the install is read there instead of declined; yarn runs in web/ as the build
# context shows web/package.json (yarn 1 climbs to the nearest directory with one)
FROM node:20-bookworm
WORKDIR /app
COPY . .
RUN npm ci --prefix server --omit=dev
RUN yarn install --cwd web --frozen-lockfile && yarn --cwd web build
CMD ["node", "server/index.js"]
