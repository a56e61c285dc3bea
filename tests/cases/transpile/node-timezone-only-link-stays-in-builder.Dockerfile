# a RUN that only links /etc/localtime to a zone is not repeated in the slim runner
# (whose image may lack the zone file, and where it would undo a later setter): it
# stays in the builder, and the zone the original leaves is staged there and copied
FROM node:18-bookworm
RUN ln -sf /usr/share/zoneinfo/Asia/Shanghai /etc/localtime
WORKDIR /usr/src/app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
CMD ["node", "server.js"]
