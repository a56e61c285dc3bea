FROM node:lts AS builder
ENV NPM_CONFIG_LOGLEVEL=warn
WORKDIR /opt/app
COPY . .
RUN npm install && npm run build

FROM node:lts
WORKDIR /opt/app
COPY --from=builder /opt/app /opt/app
ENV NPM_CONFIG_LOGLEVEL=warn
ENV PATH=/opt/app/node_modules/.bin:$PATH NODE_ENV=production
EXPOSE 8080
CMD npm start
