# draw7 87a5fb2a: `npm start` runs a package.json script that is not read (no context):
# it may run a program only the full image has, so the runner is iojs:3.3 itself, as
# node:X keeps its full image for the same reason (it took iojs:3.3-slim, without the
# addon libraries either)
FROM iojs:3.3 AS builder
WORKDIR /home/app
ADD . /home/app
ENV NODE_ENV="production"
RUN npm install --unsafe-perm

FROM iojs:3.3
WORKDIR /home/app
COPY --from=builder /home/app /home/app
ENV NODE_ENV="production"
EXPOSE 3000
CMD ["npm", "start"]
