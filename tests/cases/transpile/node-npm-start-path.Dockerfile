FROM node:lts
ENV NPM_CONFIG_LOGLEVEL=warn
WORKDIR /opt/app
COPY . .
RUN npm install && npm run build
ENV PATH=/opt/app/node_modules/.bin:$PATH NODE_ENV=production
EXPOSE 8080
CMD npm start
