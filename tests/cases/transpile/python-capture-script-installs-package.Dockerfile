FROM python:3.11-bookworm
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir flask==3.0.0
COPY . .
# the project's own script installs a program from the distribution and edits one of
# its package's files
RUN sh ./setup.sh
CMD ["python", "app.py"]
