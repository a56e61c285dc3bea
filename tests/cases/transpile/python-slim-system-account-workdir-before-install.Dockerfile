# shadow's useradd -r/groupadd -r before the apt install, then a WORKDIR the account's
# RUN does not make: the runner's WORKDIR, the account and the install come in the
# original's order, the copies after them
FROM python:3.11-slim
RUN groupadd -r app && useradd -r -g app app
WORKDIR /usr/src/app
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev libpq-dev postgresql-client && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER app
CMD ["python", "app.py"]
