# without the build context the requirements file is not read: whether it holds
# editable VCS requirements, which pip checks out under <cwd>/src (/src here) and
# site-packages only links to, is not known, so /src is copied where the build made it
FROM python:3.11-slim
RUN apt-get update && apt-get install -y --no-install-recommends gcc git && rm -rf /var/lib/apt/lists/*
COPY requirements.txt /tmp/
RUN pip install --no-cache-dir -r /tmp/requirements.txt
WORKDIR /app
COPY . .
CMD ["python", "main.py"]
