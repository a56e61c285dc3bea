# the app and a data directory come from the context after the pip build: the runner
# copies them itself (the builder never has /app or /data/leaderboards, so nothing of
# them is copied from it); the final WORKDIR /app is made by the runner's WORKDIR
FROM python:3.11-alpine3.19 AS builder
RUN apk add --no-cache gcc musl-dev postgresql-dev
COPY requirements.txt /tmp/requirements.txt
RUN pip install --no-cache-dir -r /tmp/requirements.txt && python -c "import os, re, shutil; os.makedirs('/opt/console-scripts'); [shutil.copy2(os.path.join('/usr/local/bin', f), '/opt/console-scripts') for f in os.listdir('/usr/local/bin') if not re.match(r'(python|pip|idle|pydoc|2to3|easy_install|wheel)[0-9.]*(-config|-[0-9.]+)?\\Z', f) and os.path.isfile(os.path.join('/usr/local/bin', f))]"

FROM python:3.11-alpine3.19
RUN apk add --no-cache libgomp libpq
WORKDIR /app
COPY --from=builder /usr/local/bin/gunicorn /usr/local/bin/gunicorn
COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages
COPY --from=builder /opt/console-scripts /usr/local/bin
RUN addgroup -S app && adduser -S -G app app
ADD . /app
RUN mkdir -p /data
COPY leaderboards /data/leaderboards
ENV LEADERBOARDS_DIR=/data/leaderboards
USER app
ENTRYPOINT ["gunicorn", "--bind", "0.0.0.0:8000", "web:app"]
