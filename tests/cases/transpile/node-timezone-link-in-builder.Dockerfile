# the time zone is set by a RUN the runner does not repeat: /etc/localtime (a link, with
# the zone file it names), /etc/timezone and the file TZ names reach the runner
FROM node:18-bookworm
ENV TZ=America/Chicago
RUN ln -snf /usr/share/zoneinfo/$TZ /etc/localtime && echo $TZ > /etc/timezone
WORKDIR /usr/src/app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
CMD ["node", "server.js"]
