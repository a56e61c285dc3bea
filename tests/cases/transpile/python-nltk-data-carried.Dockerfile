# `python -m nltk.downloader punkt` in the install RUN writes nltk's data where the
# downloader's documented default puts it: the first existing, writable directory of
# nltk.data.path, none of which the python image has or the build makes, so
# $HOME/nltk_data (/root/nltk_data): the runner gets that directory whole
FROM python:3.11-bookworm
RUN pip install --no-cache-dir nltk==3.8.1 flask && python -m nltk.downloader punkt stopwords
WORKDIR /app
COPY . .
CMD ["python", "app.py"]
