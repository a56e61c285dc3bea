# draw7 098a7b65: the command runs grunt, whose Gruntfile is not read (generator-angular's
# serve:dist runs the whole build first: imagemin's binaries, compass, git or shell
# tasks): it may run a program only the full image has, as an unread `npm start` may,
# so the runner is node:8 itself, not node:8-slim
FROM node:8
WORKDIR /app
COPY package.json /app/
RUN npm install --unsafe-perm
COPY . /app
RUN ./node_modules/grunt-cli/bin/grunt build
EXPOSE 9000
CMD ["./node_modules/grunt-cli/bin/grunt", "serve:dist"]
