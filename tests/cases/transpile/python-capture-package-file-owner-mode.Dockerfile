# the captured RUN installs nano, then gives its configuration to dev (chown, chmod) and
# closes its syntax directory to others (chmod -R): dpkg --verify compares digests only,
# so those paths count as changed package files by the RUN's words (mode_changed_paths)
FROM python:3.11-bookworm
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
RUN apt-get update && apt-get install -y --no-install-recommends nano && rm -rf /var/lib/apt/lists/* \
    && useradd -m dev && chown dev:dev /etc/nanorc && chmod 0600 /etc/nanorc \
    && chmod -R go-rwx /usr/share/nano && python setup_notes.py
CMD ["python", "app.py"]
