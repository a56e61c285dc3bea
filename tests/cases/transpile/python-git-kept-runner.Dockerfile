# git is installed and kept by the original: the program may run it (a test reporter
# reading the commit), so the runner installs it too, not only the builder
FROM python:3.11-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends git gcc \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir flask==3.0.0
COPY . .
CMD ["python", "-m", "reporter"]
