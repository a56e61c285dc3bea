# the original pins the version of a package the program runs: the runner, of the same
# release (the slim sibling), installs that very version, not the archive's newest
FROM python:3.11-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends jq=1.6-2.1 \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir flask==3.0.0
COPY . .
CMD ["python", "app.py"]
