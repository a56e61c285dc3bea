# USER root before the install, USER nobody after the build: the builder ends as root (the
# final USER is the runner's alone), which the builder's USER root says for hadolint
# (DL3002 is about the image that runs, the runner, which ends as nobody)
FROM python:3.11-bookworm
USER root
RUN apt-get update && apt-get install -y --no-install-recommends gcc libjansson-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir .
USER nobody
WORKDIR /
ENTRYPOINT ["python", "-m", "jsonnorm"]
