# the app and a data directory come from the context after the pip build: the runner
# copies them itself (the builder never has /app or /data/leaderboards, so nothing of
# them is copied from it); the final WORKDIR /app is made by the runner's WORKDIR
FROM python:3.11-alpine3.19
RUN apk add --no-cache gcc musl-dev postgresql-dev
COPY requirements.txt /tmp/requirements.txt
RUN pip install --no-cache-dir -r /tmp/requirements.txt
RUN addgroup -S app && adduser -S -G app app
ADD . /app
RUN mkdir -p /data
COPY leaderboards /data/leaderboards
WORKDIR /app
ENV LEADERBOARDS_DIR=/data/leaderboards
USER app
ENTRYPOINT ["gunicorn", "--bind", "0.0.0.0:8000", "web:app"]
