FROM mhart/alpine-node:10
RUN apk add --no-cache python make g++ git
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install
COPY . .
EXPOSE 8080
CMD ["npm", "start"]
