# requirements.txt (read from the context) nests base.txt, whose editable VCS
# requirement pip checks out under <cwd>/src (/src here): site-packages only links
# to it, so the runner needs /src, which no copied tree holds
FROM python:3.11-slim
RUN apt-get update && apt-get install -y --no-install-recommends gcc git && rm -rf /var/lib/apt/lists/*
COPY requirements.txt base.txt /tmp/
RUN pip install --no-cache-dir -r /tmp/requirements.txt
WORKDIR /app
COPY . .
CMD ["python", "main.py"]
