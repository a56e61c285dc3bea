# NodeSource's repository setup fetched to a file from its documented URL and run:
# accepted as when piped into a shell (an apt source the runner's install reads)
FROM node:20
RUN curl -fsSL https://deb.nodesource.com/setup_20.x -o /tmp/nodesource_setup.sh && \
    bash /tmp/nodesource_setup.sh
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build
CMD ["node", "dist/index.js"]
