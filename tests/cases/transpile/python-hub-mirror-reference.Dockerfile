# mirror.gcr.io serves Docker Hub's images under the same names: the builder is python:3.11,
# and its slim sibling is the runner
FROM mirror.gcr.io/library/python:3.11
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir flask==3.0.0
COPY . .
CMD ["python", "app.py"]
