# Node only builds the web assets and leaves with `apk del` of the virtual package that
# brought it: the runner installs no Node either (the report says so)
FROM alpine:3.19
WORKDIR /project
COPY . .
RUN apk add --no-cache libgcc \
    && apk add --no-cache --virtual .build rust cargo nodejs npm \
    && cargo build --release \
    && mv target/release/server . \
    && rm -rf target/ ~/.cargo/ \
    && npm install \
    && node_modules/webpack/bin/webpack.js -p \
    && rm -rf node_modules/ ~/.npm \
    && apk del --purge .build
ENTRYPOINT ["./server"]
