# a clone into /opt before the build on alpine: git stays in the builder, and alpine's builder cannot capture the effect
FROM alpine:3.18
RUN apk add --no-cache git nodejs npm
RUN git clone --depth 1 https://github.com/example/fonts.git /opt/fonts
WORKDIR /app
COPY . .
RUN npm install
CMD ["node", "index.js"]
