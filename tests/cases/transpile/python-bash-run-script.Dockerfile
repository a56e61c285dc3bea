# bash is the image's shell, not a console script: nothing is copied for it (a slim
# builder: its runner is the same slim image, so the unread script finds the same
# programs; on python:3.11 the script is declined, see
# decline_python_full_image_unread_start_script)
FROM python:3.11-slim-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["bash", "./run.sh"]
