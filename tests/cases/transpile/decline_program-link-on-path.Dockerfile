# a link on the PATH into a tree an archive fills (names not known): carrying the link
# needs what it points to and what that loads, which the runner is not known to have
FROM node:18-bookworm
RUN curl -fsSL https://example.org/tool.tar.gz | tar -xz -C /opt \
    && ln -s /opt/tool/bin/tool /usr/local/bin/tool
WORKDIR /app
COPY . .
RUN npm ci
CMD ["npm", "start"]
