# python:3.11 is the full image (buildpack-deps): the requirements file is not read, and
# its packages may load a library by name (python-magic's libmagic) or run a program
# (GitPython's git) that the slim sibling lacks, with no ELF NEEDED entry to show it:
# the runner is the builder's own image, which still leaves libsnappy-dev behind
FROM python:3.11
RUN apt-get update && apt-get install -y --no-install-recommends libsnappy-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python", "app.py"]
