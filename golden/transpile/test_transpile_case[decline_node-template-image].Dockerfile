# balena's %%BALENA_MACHINE_NAME%% is filled in by its build tool: the image is not known
FROM balenalib/%%BALENA_MACHINE_NAME%%-node:10-stretch-run
WORKDIR /usr/src/app
COPY package.json ./
RUN npm install --production
COPY . .
CMD ["node", "index.js"]
