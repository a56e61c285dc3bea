# NLTK_DATA names a directory the downloader tries first: whether it exists (and is
# writable) when the downloader runs decides where the data goes, so the directory is
# not known and the decline stays
FROM python:3.11-bookworm
ENV NLTK_DATA=/srv/nltk_data
RUN pip install --no-cache-dir nltk==3.8.1 && python -m nltk.downloader punkt
WORKDIR /app
COPY . .
CMD ["python", "app.py"]
