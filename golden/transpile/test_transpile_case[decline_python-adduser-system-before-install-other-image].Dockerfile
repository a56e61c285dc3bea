# Debian's adduser --system must run before the runner's installs, and the runner
# (python:3.11-slim) is not the builder's image: whether it has adduser before any
# install is not known (Debian's images dropped it with trixie)
FROM python:3.11
RUN adduser --system --group app
RUN apt-get update && apt-get install -y --no-install-recommends redis-server && rm -rf /var/lib/apt/lists/*
WORKDIR /usr/src/app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER app
CMD ["python", "app.py"]
