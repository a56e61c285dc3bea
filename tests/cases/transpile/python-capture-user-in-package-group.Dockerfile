# a captured RUN installs a package whose install makes a system group (ssl-cert), then
# creates a user and adds it to that group: the runner installs the package again, so
# it has the group already when it merges the builder's records; the member the
# builder's entry lists is added to the runner's own entry (before, it was dropped with
# the builder's line, and dev was in no ssl-cert group in the runner)
FROM python:3.11-bookworm
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir flask==3.0.0
COPY . .
RUN apt-get update && apt-get install -y --no-install-recommends ssl-cert && rm -rf /var/lib/apt/lists/* \
    && useradd -m dev && usermod -aG ssl-cert dev && python setup_home.py
CMD ["python", "app.py"]
