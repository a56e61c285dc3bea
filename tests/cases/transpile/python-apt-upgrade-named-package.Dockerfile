# `apt-get upgrade PKG` installs PKG when it is not installed (apt 1.1 and later handle
# named packages as an install held to upgrades of the rest): the runner installs git too
FROM python:3.11-slim-bookworm
WORKDIR /app
RUN apt-get update && apt-get upgrade -y git && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN apt-get update && apt-get install -y gcc && pip install --no-cache-dir -r requirements.txt \
    && apt-get purge -y gcc && rm -rf /var/lib/apt/lists/*
COPY . .
CMD ["python", "app.py"]
