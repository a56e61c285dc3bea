# ffmpeg was installed with its Recommends, libpq5 without: the runner installs each the same way
FROM python:3.11-bookworm
RUN apt-get update && apt-get install -y ffmpeg && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir flask==3.0.0
COPY . .
CMD ["python", "app.py"]
