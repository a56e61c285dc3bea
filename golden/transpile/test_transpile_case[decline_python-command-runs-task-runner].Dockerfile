# `invoke serve` runs the tasks of the context's tasks.py, which is not read: a task may
# compile or pip-install with gcc and the -dev packages the runner leaves in the builder
FROM python:3.12-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends libxml2-dev libxslt1-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
EXPOSE 8080
CMD ["invoke", "serve"]
