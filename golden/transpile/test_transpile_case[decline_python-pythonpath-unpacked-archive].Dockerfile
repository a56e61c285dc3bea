# PYTHONPATH names a directory an archive unpacks into: which files the archive holds
# (and whether the program needs more of it than that directory) is not known from the
# Dockerfile, so the decline stays; only a clone's checkout is carried whole
FROM python:3.11-bookworm
RUN pip install --no-cache-dir py4j
RUN curl -fsSL https://example.org/spark-3.5.0-bin-hadoop3.tgz | tar -xz -C /opt
ENV PYTHONPATH=/opt/spark-3.5.0-bin-hadoop3/python
WORKDIR /app
COPY app.py .
CMD ["python", "app.py"]
