# The official python images have pip, setuptools and wheel of their own in
# /usr/local/lib/python3.11/site-packages, the slim runner too.  The upgrade leaves the
# builder's site-packages with pip-24.3.1.dist-info and not pip-23.1.2's; a COPY onto the
# runner's own only adds, so it had both (importlib.metadata listed pip twice, and the
# old setuptools' dropped modules stayed): the runner removes its own first
FROM python:3.11-bookworm
WORKDIR /app
RUN pip install --no-cache-dir --upgrade pip==24.3.1 setuptools==75.3.0 wheel
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python", "app.py"]
