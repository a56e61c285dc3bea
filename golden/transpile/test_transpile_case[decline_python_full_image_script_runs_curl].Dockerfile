# the start script (read from the context) creates its database with curl, which python:3.12 has
# (buildpack-deps) and python:3.12-slim lacks: "curl: not found" at start
FROM python:3.12
WORKDIR /app
COPY requirements.txt .
RUN pip install flask==3.0.0
COPY . .
ENTRYPOINT ["sh", "./scripts/start.sh"]
