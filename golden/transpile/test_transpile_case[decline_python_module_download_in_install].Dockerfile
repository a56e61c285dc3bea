# spaCy's model download runs in the RUN of the pip install, which stays in the builder:
# where it writes (a package it pip-installs, a link, a data directory: by its version)
# is not read here, so it is not known to be in what the runner copies (nltk's downloader
# and ipykernel's install, whose directories are documented, are carried: module_data)
FROM python:3.11-bookworm
WORKDIR /app
RUN pip install --no-cache-dir spacy && python -m spacy download en_core_web_sm
COPY . .
CMD ["python", "app.py"]
