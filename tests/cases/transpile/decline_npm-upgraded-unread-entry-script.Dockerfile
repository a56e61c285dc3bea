# npm@6 over Alpine's npm (prefix /usr: the runner installs the package again and copies
# the other global packages): bin/hubot is not read, and hubot's script runs npm install
FROM alpine:3.8
RUN apk add --no-cache nodejs npm && npm install -g npm@6
WORKDIR /hubot
COPY package.json package.json
RUN npm install
ADD bin/hubot bin/
ENTRYPOINT ["/bin/sh", "-c", "bin/hubot --adapter slack"]
