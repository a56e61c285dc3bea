# a clone into /opt before the build on alpine: git stays in the builder, so the clone
# runs there and the alpine builder captures /opt/fonts for the runner
FROM alpine:3.18
RUN apk add --no-cache git nodejs npm
RUN git clone --depth 1 https://github.com/example/fonts.git /opt/fonts
WORKDIR /app
COPY . .
RUN npm install
CMD ["node", "index.js"]
