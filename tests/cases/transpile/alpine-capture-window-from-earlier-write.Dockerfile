# before the build, a RUN the builder alone runs writes outside the copied directories
# (ssh-keyscan into root's known_hosts); a RUN after the build is captured, so the
# capture starts at that earlier RUN and the runner gets its known_hosts too
FROM node:20-alpine3.19
RUN apk add --no-cache git openssh-client
RUN mkdir -p /root/.ssh && ssh-keyscan github.com >> /root/.ssh/known_hosts
WORKDIR /app
COPY . .
RUN npm ci --omit=dev
RUN git config --global user.email bot@example.com
CMD ["node", "server.js"]
