# only requirements.txt is copied into /app: the entrypoint is the project's file, which a
# volume at /app brings at run time (or the image holds); the runner's test would fail the build
FROM example/django:debian

COPY /requirements.txt /app/requirements.txt

RUN apt-get update \
    && apt-get install -y gcc libffi-dev \
    && pip install -r /app/requirements.txt \
    && apt-get remove -y gcc \
    && apt-get clean

EXPOSE 8000

ENTRYPOINT /app/docker.entrypoint
