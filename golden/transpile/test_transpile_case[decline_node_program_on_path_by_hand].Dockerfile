FROM node:18-bookworm
RUN curl -sSLo /usr/local/bin/tool https://example.org/tool && chmod +x /usr/local/bin/tool
WORKDIR /app
COPY . .
RUN npm ci
CMD ["npm", "start"]
