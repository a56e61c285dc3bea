# a library built from source and installed into /usr/local/lib (make install), linked by
# a native addon: the builder gathers the libraries installed there and the runner runs
# ldconfig (issue 18 class 13 for Node; the old rewrite failed with
# "libgreet.so.1: cannot open shared object file")
FROM node:18-bookworm
WORKDIR /usr/src/app
COPY libgreet /usr/src/libgreet
RUN cd /usr/src/libgreet && make && make install
COPY package.json package-lock.json binding.gyp ./
COPY src ./src
RUN npm ci
COPY index.js ./
ENTRYPOINT ["node", "index.js"]
