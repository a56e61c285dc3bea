# libc6-compat installed on its own, outside the virtual group the RUN deletes: the glibc
# loader shim that prebuilt native addons (grpc, sharp ...) load at run time, so the
# runner installs it; the node-gyp tools of the virtual group stay in the builder
FROM node:lts-alpine
WORKDIR /app
COPY package.json package-lock.json tsconfig.json /app/
COPY src ./src
RUN apk add --no-cache --virtual .build-deps alpine-sdk python3 && \
    apk add --no-cache libc6-compat && \
    npm install --production && \
    apk del .build-deps && \
    npm run build
ENTRYPOINT ["node", "./build/index.js"]
