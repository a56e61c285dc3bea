# a server that regenerates the site at run time: nginx would serve a fixed copy, declined
FROM python:3.11-slim
WORKDIR /docs
RUN pip install --no-cache-dir mkdocs-material
COPY . .
RUN mkdocs build
EXPOSE 8000
CMD ["mkdocs", "serve", "-a", "0.0.0.0:8000"]
