# an unknown image proven Debian-family, NodeSource's https repository: the only package
# the tables call build-only is apt-transport-https, which the runner installs again to
# read that repository, and npm ci --production leaves no dev dependency to prune:
# nothing to gain
FROM acme/web-base:4
RUN apt-get update && apt-get install -y curl apt-transport-https \
    && curl -sL https://deb.nodesource.com/setup_10.x | bash - \
    && apt-get install -y nodejs
WORKDIR /srv/app
COPY package.json package-lock.json ./
RUN npm ci --production
COPY . .
CMD ["node", "server.js"]
