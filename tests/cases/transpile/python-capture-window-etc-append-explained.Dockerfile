# a RUN after the first captured one appends to nginx's configuration: the capture carries
# it to the runner, and the explain says so rather than calling it build work
FROM python:3.11-slim

RUN apt-get update \
    && apt-get install -y --no-install-recommends gcc libc6-dev nginx supervisor \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /srv/app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
RUN python -m nltk.downloader punkt
COPY . .
RUN echo "daemon off;" >> /etc/nginx/nginx.conf
COPY supervisor.conf /etc/supervisor/conf.d/app.conf

CMD ["supervisord", "-n"]
