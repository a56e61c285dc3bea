# an ONBUILD image: its triggers would run again in a same-image runner
FROM acme/node-onbuild:4
RUN apt-get update && apt-get install -y nodejs npm build-essential
WORKDIR /srv/app
COPY . .
RUN npm install
CMD ["node", "index.js"]
