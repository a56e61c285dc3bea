# the app directory is /${SOURCE_TREE}/app, SOURCE_TREE an ENV made of another ENV that
# the build argument SOURCE_VERSION sets: the runner's WORKDIR and copy keep the
# argument (`--build-arg SOURCE_VERSION=1.2` moves the builder's directory, and the
# runner's with it), not its default (from corpus 3199bbb3)
FROM python:3.7-slim AS builder
ARG SOURCE_VERSION=0+unknown
ENV SOURCE_VERSION=${SOURCE_VERSION}
ENV SOURCE_TREE=Tree-${SOURCE_VERSION}
COPY . /${SOURCE_TREE}/app/
ENV APP_CONFIG=/${SOURCE_TREE}/app/config/config.toml
WORKDIR /${SOURCE_TREE}/app
RUN apt-get update && apt-get install -y --no-install-recommends gcc     && pip install .     && apt-get remove -y gcc && apt-get autoremove -y && rm -rf /var/lib/apt/lists/* && python -c "import os, re, shutil; os.makedirs('/opt/console-scripts'); [shutil.copy2(os.path.join('/usr/local/bin', f), '/opt/console-scripts') for f in os.listdir('/usr/local/bin') if not re.match(r'(python|pip|idle|pydoc|2to3|easy_install|wheel)[0-9.]*(-config|-[0-9.]+)?\\Z', f) and os.path.isfile(os.path.join('/usr/local/bin', f))]"

FROM python:3.7-slim
ARG SOURCE_VERSION=0+unknown
WORKDIR /Tree-${SOURCE_VERSION}/app
COPY --from=builder /usr/local/lib/python3.7/site-packages /usr/local/lib/python3.7/site-packages
COPY --from=builder /Tree-${SOURCE_VERSION}/app /Tree-${SOURCE_VERSION}/app
COPY --from=builder /opt/console-scripts /usr/local/bin
ENV SOURCE_VERSION=${SOURCE_VERSION}
ENV SOURCE_TREE=Tree-${SOURCE_VERSION}
ENV APP_CONFIG=/${SOURCE_TREE}/app/config/config.toml
CMD ["python", "-m", "app"]
