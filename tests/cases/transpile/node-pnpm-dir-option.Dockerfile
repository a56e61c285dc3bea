# pnpm's -C/--dir runs pnpm in that directory, exactly (pnpm's config reader takes it as
# the project's directory, with no search upward): `pnpm -C web install` installs in
# /app/web as `npm --prefix web ci` does, and the build and the prune run there too
# (was: declined as node_modules put elsewhere)
FROM node:22-bookworm
RUN corepack enable
WORKDIR /app
COPY . .
RUN pnpm -C web install --frozen-lockfile && pnpm --dir web run build
CMD ["node", "web/dist/server.js"]
