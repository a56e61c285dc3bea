# Node from Fedora's packages with a global install: npm's prefix is /usr there, so the
# global packages in /usr/lib/node_modules and their links in /usr/bin are gathered in
# the builder by the shell (a Fedora base image may lack findutils), npm kept (pm2 runs)
FROM fedora:38
RUN dnf install -y nodejs npm python3 make gcc-c++ && dnf clean all
RUN npm install -g pm2
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
CMD ["pm2-runtime", "server.js"]
