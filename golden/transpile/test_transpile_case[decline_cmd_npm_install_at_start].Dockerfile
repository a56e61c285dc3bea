# the command installs packages when the container starts (named by a command
# substitution): a package that compiles needs the builder's compilers, which the slim
# runner lacks
FROM node:18-bookworm
WORKDIR /home/bot
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
ENV EXTERNAL_SCRIPTS=hubot-help,hubot-rules
CMD npm install $(node -e "console.log('$EXTERNAL_SCRIPTS'.split(',').join(' '))") && node bot.js
