# npm start runs nodemon, a devDependency: declined
FROM node:20-bookworm
WORKDIR /app
COPY . /app
RUN npm ci && npm run build
ENV NODE_ENV=production
EXPOSE 3000
CMD ["npm", "start"]
