# nltk's downloader runs in the RUN of the pip install, which stays in the builder: the
# data it writes under ~/nltk_data is not in what the runner copies
FROM python:3.11-bookworm
WORKDIR /app
RUN pip install --no-cache-dir nltk && python -m nltk.downloader punkt
COPY . .
CMD ["python", "app.py"]
