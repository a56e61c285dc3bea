# the app directory is /${SOURCE_TREE}/app, SOURCE_TREE an ENV made of another ENV that
# the build argument SOURCE_VERSION sets: the runner's WORKDIR and copy keep the
# argument (`--build-arg SOURCE_VERSION=1.2` moves the builder's directory, and the
# runner's with it), not its default (from corpus 3199bbb3)
FROM python:3.7-slim
ARG SOURCE_VERSION=0+unknown
ENV SOURCE_VERSION=${SOURCE_VERSION}
ENV SOURCE_TREE=Tree-${SOURCE_VERSION}
COPY . /${SOURCE_TREE}/app/
ENV APP_CONFIG=/${SOURCE_TREE}/app/config/config.toml
WORKDIR /${SOURCE_TREE}/app
RUN apt-get update && apt-get install -y --no-install-recommends gcc \
    && pip install . \
    && apt-get remove -y gcc && apt-get autoremove -y && rm -rf /var/lib/apt/lists/*
CMD ["python", "-m", "app"]
