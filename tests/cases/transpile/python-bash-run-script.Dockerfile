# bash is the image's shell, not a console script: nothing is copied for it
FROM python:3.11-bookworm
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["bash", "./run.sh"]
