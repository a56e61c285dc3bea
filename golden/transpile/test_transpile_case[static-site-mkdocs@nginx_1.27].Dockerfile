FROM python:3.11-slim AS builder
WORKDIR /docs
RUN pip install --no-cache-dir mkdocs-material
COPY . .
RUN mkdocs build

FROM nginx:1.27
WORKDIR /docs
COPY --from=builder /docs/site /usr/share/nginx/html
EXPOSE 80
CMD ["nginx", "-g", "daemon off;"]
