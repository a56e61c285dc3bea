FROM ubuntu:22.04
RUN apt-get update && apt-get install -y nodejs npm
COPY . /app
RUN adduser --disabled-password --gecos "" dev && echo "prefix=/home/dev/.npm-global" > /app/.npmrc
ENV HOME="/home/dev"
USER dev
RUN cd /app && npm install
WORKDIR /home/dev
CMD ["node", "/app/server.js"]
