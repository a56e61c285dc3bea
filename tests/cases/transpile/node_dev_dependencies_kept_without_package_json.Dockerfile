# npm install installs the dev dependencies and package.json is not read (no build
# context): the program may load one at run time (10a13e2f's `node build` requires
# metalsmith, a devDependency), so the runner keeps them, as the original does.
FROM node:20-bookworm
WORKDIR /app
COPY . .
RUN npm install && npm run build
CMD ["node", "build.js"]
