# `apt-get upgrade PKG` installs PKG when it is not installed (apt 1.1 and later handle
# named packages as an install held to upgrades of the rest): the runner installs git too
FROM python:3.11-slim-bookworm AS builder
WORKDIR /app
RUN apt-get update && apt-get upgrade -y git && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN apt-get update && apt-get install -y gcc && pip install --no-cache-dir -r requirements.txt     && apt-get purge -y gcc && rm -rf /var/lib/apt/lists/* && python -c "import os, re, shutil; os.makedirs('/opt/console-scripts'); [shutil.copy2(os.path.join('/usr/local/bin', f), '/opt/console-scripts') for f in os.listdir('/usr/local/bin') if not re.match(r'(python|pip|idle|pydoc|2to3|easy_install|wheel)[0-9.]*(-config|-[0-9.]+)?\\Z', f) and os.path.isfile(os.path.join('/usr/local/bin', f))]"

FROM python:3.11-slim-bookworm
RUN apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages
COPY --from=builder /app /app
COPY --from=builder /opt/console-scripts /usr/local/bin
COPY . .
CMD ["python", "app.py"]
