# a program put into /usr/local/bin by hand, which no command of the build runs: the
# app or its package.json scripts may start it, so the runner gets it at the same path
# and tests it there (its libraries, or a script's interpreter)
FROM node:18-bookworm
RUN curl -sSLo /usr/local/bin/tool https://example.org/tool && chmod +x /usr/local/bin/tool
WORKDIR /app
COPY . .
RUN npm ci
CMD ["npm", "start"]
