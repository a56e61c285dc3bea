# a program downloaded into /usr/bin on node:18-bookworm, run on the slim sibling: the
# builder's library scan reads it with the app (the libraries it loads that the slim
# image lacks reach the runner), and the runner tests it after the merge
FROM node:18-bookworm
RUN curl -fsSL -o /usr/bin/tool https://example.org/tool && chmod +x /usr/bin/tool
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
CMD ["node", "server.js"]
