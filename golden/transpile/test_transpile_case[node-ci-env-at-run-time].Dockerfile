FROM node:18 AS builder
# react-scripts start serves without a terminal only when CI=true
ENV CI=true NPM_CONFIG_LOGLEVEL=warn HUSKY=0
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

FROM node:18
WORKDIR /app
COPY --from=builder /app /app
ENV CI=true NPM_CONFIG_LOGLEVEL=warn
COPY . .
EXPOSE 3000
CMD ["npm", "start"]
