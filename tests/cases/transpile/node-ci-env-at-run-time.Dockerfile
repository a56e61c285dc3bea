FROM node:18
# react-scripts start serves without a terminal only when CI=true
ENV CI=true NPM_CONFIG_LOGLEVEL=warn HUSKY=0
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
EXPOSE 3000
CMD ["npm", "start"]
