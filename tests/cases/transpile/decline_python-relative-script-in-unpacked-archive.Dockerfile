# a script by a path relative to the final WORKDIR, in a directory an archive unpacks:
# what the directory holds is not known from the Dockerfile's words, so it declines
FROM python:3.11-bookworm
WORKDIR /srv
RUN curl -fsSL https://example.com/app.tgz | tar -xz
RUN pip install -r app/requirements.txt
CMD ["python", "app/app.py"]
