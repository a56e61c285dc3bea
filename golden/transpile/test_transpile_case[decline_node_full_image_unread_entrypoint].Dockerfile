# node:10 is built on buildpack-deps; node:10-slim lacks curl, git, wget, python, make:
# an entry script that is not read may run any of them
FROM node:10
WORKDIR /usr/src/app
COPY package*.json ./
RUN npm ci --only=production
COPY . .
ENTRYPOINT ["./entrypoint.sh"]
