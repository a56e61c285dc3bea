# the container runs a script of the app whose commands are not read (its develop
# mode runs grunt, a dev dependency): the dev dependencies stay in the runner
FROM node:18
WORKDIR /opt/api
COPY package.json /opt/api/package.json
RUN npm install
COPY . /opt/api
EXPOSE 8000
ENTRYPOINT ["./entrypoint.sh"]
