# mkdocs build, then python's http.server on a fixed port: nginx listens on 8000 too
FROM python:3.11-slim
WORKDIR /docs
RUN pip install --no-cache-dir mkdocs-material
COPY . .
RUN mkdocs build
EXPOSE 8000
CMD ["python", "-m", "http.server", "8000", "--directory", "site"]
