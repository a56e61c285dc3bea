# `rm /etc/nginx/nginx.conf` after the build is not cleanup: the runner installs nginx
# again, so the file would be back and a repeated `ln -s` of the app's own would fail;
# both run in the builder, whose capture brings the link (and the removal) to the runner
FROM python:3.11-alpine3.19
RUN apk add --no-cache nginx build-base linux-headers pcre-dev
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
RUN rm /etc/nginx/nginx.conf
RUN ln -s /app/nginx/nginx.conf /etc/nginx/
CMD ["python3", "app.py"]
