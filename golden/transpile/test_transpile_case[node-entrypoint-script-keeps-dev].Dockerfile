# the container runs a script of the app whose commands are not read (its develop
# mode runs grunt, a dev dependency): the dev dependencies stay in the runner (a slim
# builder: on node:18 the unread script is declined, see
# decline_node_full_image_unread_entrypoint).  The original purges its build tools
# after npm install, so the runner leaving them out is no reason to decline (issue 18:
# kept, the unread script could run them and is declined)
FROM node:18-slim AS builder
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/api
COPY package.json /opt/api/package.json
RUN npm install && apt-get purge -y python3 make g++

FROM node:18-slim
RUN apt-get update && apt-get install -y --no-install-recommends libatomic1 libgomp1 && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/api
COPY --from=builder /opt/api /opt/api
COPY . /opt/api
EXPOSE 8000
ENTRYPOINT ["./entrypoint.sh"]
