# `cd server && npm start` runs a package.json script that is not read (no build
# context): as a lone `npm start` does, it may run a program node:18 has and its slim
# sibling lacks, so the runner is the builder's own image (the check's answer was lost
# when the command had several programs)
FROM node:18
WORKDIR /app
COPY server server
RUN cd server && npm ci
CMD cd server && npm start
