# mysqlclient built on the full image links libmariadb.so.3; its authentication plugins
# (libmariadb3/plugin/caching_sha2_password.so, loaded with dlopen) come with it
FROM python:3.11-bookworm
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "app.py"]
