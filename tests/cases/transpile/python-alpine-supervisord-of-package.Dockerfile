# `supervisord` comes from `apk add supervisor` (/usr/bin/supervisord), not from the pip
# build: the runner installs supervisor again and copies no /usr/local/bin/supervisord.
# `ln -s /app/supervisord.conf /etc/` after the captured `rm /etc/supervisord.conf` makes
# /etc/supervisord.conf: the link comes with the captured files (repeated before them, it
# would meet the package's own file)
FROM python:3.11-alpine
RUN apk add --no-cache supervisor nginx build-base libffi-dev
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
RUN rm /etc/supervisord.conf
RUN ln -s /app/supervisord.conf /etc/
CMD ["supervisord", "-n"]
