# A list in single quotes is no JSON: Docker runs the text with /bin/sh -c, whose first
# word `[npm,` is what runs, not npm
FROM node:20-bookworm
WORKDIR /src
COPY . .
RUN npm ci && npm run build
CMD ['npm', 'start']
