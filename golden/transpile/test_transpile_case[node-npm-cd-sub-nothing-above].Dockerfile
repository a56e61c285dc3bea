# `cd backend && npm install` where nothing the build copies can put a package.json or
# node_modules in /src (a tree copied to /src/backend, a file app.js beside it): npm
# installs in /src/backend whatever it holds, as the transpiler reads it, no context needed
FROM node:20-alpine AS builder
WORKDIR /src
COPY ./backend /src/backend
COPY ./app.js /src/app.js
RUN cd backend && npm install

FROM node:20-alpine
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY ./app.js /src/app.js
COPY --from=builder /src/backend /src/backend
CMD ["node", "app.js"]
