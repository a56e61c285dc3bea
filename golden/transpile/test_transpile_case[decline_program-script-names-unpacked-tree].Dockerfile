# a wrapper script written into /usr/local/bin runs a program an archive unpacked into
# /usr/local (names not known): the runner would have the script without what it runs
# (corpus ba60a61e)
FROM node:20-slim
RUN cd /usr/local \
    && curl -sL "https://www.factorio.com/get-download/stable/headless/linux64" | tar xzv \
    && printf '#!/bin/sh\n/usr/local/factorio/bin/x64/factorio $@\n' > /usr/local/bin/factorio \
    && chmod +x /usr/local/bin/factorio
COPY package.json /app/package.json
WORKDIR /app
RUN npm install --production
COPY . /app
CMD node /app
