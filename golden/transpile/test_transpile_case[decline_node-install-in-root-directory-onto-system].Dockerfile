# `COPY etc /`: a directory named onto one of the system's, whose files are not named
FROM node:18
COPY package.json etc /
RUN npm install
CMD ["node", "index.js"]
