# get-pip.py piped to python beside npm's global installs: pip's install (staged like the Python part's), not a RUN to repeat in the runner
FROM alpine:3.8
RUN apk add --no-cache nodejs nodejs-npm python curl \
    && curl -sS https://bootstrap.pypa.io/pip/2.7/get-pip.py | python \
    && pip install awscli \
    && npm install -g coffee-script
WORKDIR /app
COPY . .
RUN npm install
CMD ["node", "index.js"]
