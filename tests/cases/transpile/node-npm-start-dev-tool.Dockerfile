# npm start runs cross-env, a devDependency (read from package.json): dev dependencies are
# kept in the runner instead of pruned
FROM node:20-bookworm
WORKDIR /app
COPY . /app
RUN npm ci && npm run build
EXPOSE 3000
CMD ["npm", "start"]
