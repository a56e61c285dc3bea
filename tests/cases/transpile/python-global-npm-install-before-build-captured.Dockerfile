# django-pipeline's yuglify compressor: a global npm install before the pip build, which the
# program may run at run time (collectstatic at start); nodejs is installed again in the
# runner, and the global install comes with the captured files
FROM python:3.11-slim

RUN apt-get update \
    && apt-get install -y --no-install-recommends gcc libc6-dev nodejs npm \
    && rm -rf /var/lib/apt/lists/*
RUN npm -g install yuglify

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

CMD ["sh", "-c", "python manage.py collectstatic --noinput && python manage.py runserver 0.0.0.0:8000"]
