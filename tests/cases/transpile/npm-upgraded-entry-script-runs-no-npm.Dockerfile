# npm@6 over Alpine's npm, and bin/hubot (read from the context) runs no npm: the runner's
# npm is never run, so the rewrite stands
FROM alpine:3.8
RUN apk add --no-cache nodejs npm && npm install -g npm@6
WORKDIR /hubot
COPY package.json package.json
RUN npm install
ADD bin/hubot bin/
ENTRYPOINT ["/bin/sh", "-c", "bin/hubot --adapter slack"]
