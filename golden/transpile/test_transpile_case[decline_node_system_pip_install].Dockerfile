# a pip install beside the Node build puts docker-compose into the system's Python,
# which the Node runner (the OS packages installed again and the app) would not have
FROM node:18-alpine
RUN apk add --no-cache py3-pip docker-cli
RUN pip install docker-compose
WORKDIR /src
COPY . .
RUN npm install --production
CMD ["npm", "start"]
