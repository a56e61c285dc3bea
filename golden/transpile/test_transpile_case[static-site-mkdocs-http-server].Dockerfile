# mkdocs build, then python's http.server on a fixed port: nginx listens on 8000 too
FROM python:3.11-slim AS builder
WORKDIR /docs
RUN pip install --no-cache-dir mkdocs-material
COPY . .
RUN mkdocs build

FROM nginx:alpine
# nginx listens on the original server's port (8000)
RUN printf '%s\n' "server {" "    listen 8000;" "    location / {" "        root /usr/share/nginx/html;" "        index index.html index.htm;" "    }" "}" > /etc/nginx/conf.d/default.conf
WORKDIR /docs
COPY --from=builder /docs/site /usr/share/nginx/html
EXPOSE 8000
CMD ["nginx", "-g", "daemon off;"]
