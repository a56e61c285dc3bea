# tini is neither installed by a package nor written by the build: where it comes from is unknown
FROM python:3.11-bookworm
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENTRYPOINT ["tini", "--"]
CMD ["python", "app.py"]
