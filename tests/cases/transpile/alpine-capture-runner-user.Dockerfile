# a setup command runs as the app's user after the build, on alpine: its effect is
# captured, and the runner's copy of it and its RUN come before USER app (as root: the
# RUN adds packages, removes files and gives the captured ones to their owners)
FROM node:20-alpine3.19
RUN apk add --no-cache git
RUN adduser -D -h /home/app app
WORKDIR /home/app/site
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
USER app
RUN git config --global user.name app
CMD ["node", "server.js"]
