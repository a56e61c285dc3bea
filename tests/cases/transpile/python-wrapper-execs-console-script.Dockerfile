# bin/start ends in `exec gunicorn "$@"`: every file the installs created in
# /usr/local/bin reaches the runner, not only a program the CMD names
FROM python:3.11-bookworm
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir flask==3.0.0
COPY . .
CMD ["bin/start", "app:app"]
