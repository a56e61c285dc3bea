# python manage.py-style setup after the build: what it writes is not known, so it runs in
# the builder, which lists the file system before and after and gives the slim runner
# (the same Debian release) what changed, at the same paths
FROM python:3.11-bookworm
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir flask==3.0.0
COPY . .
RUN python setup_runtime.py
CMD ["python", "app.py"]
