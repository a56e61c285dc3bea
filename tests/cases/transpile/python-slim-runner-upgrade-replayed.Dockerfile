# the original upgrades python:3.11's Debian packages; the slim runner is another image
# of the same release, whose own packages the replayed upgrade brings as far, in the RUN
# that installs the package the original keeps (git)
FROM python:3.11-bookworm
RUN apt-get update && apt-get upgrade -y && apt-get install -y git \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir flask==3.0.0
COPY . .
CMD ["python", "app.py"]
