# poetry install without settings: the virtualenv goes to poetry's cache directory
# (~/.cache/pypoetry/virtualenvs); only that directory reaches the runner (the package
# cache beside it stays behind), with poetry itself for `poetry run`
FROM python:3.11-bookworm AS builder
RUN pip install poetry
WORKDIR /srv
COPY pyproject.toml poetry.lock ./
RUN poetry install --no-root --only main && python -c "import os, re, shutil; os.makedirs('/opt/console-scripts'); [shutil.copy2(os.path.join('/usr/local/bin', f), '/opt/console-scripts') for f in os.listdir('/usr/local/bin') if not re.match(r'(python|idle|pydoc|2to3)[0-9.]*(-config|-[0-9.]+)?\\Z', f) and os.path.isfile(os.path.join('/usr/local/bin', f))]"
# the virtualenvs run on the image's Python (/usr/local), which the runner has too
# hadolint ignore=DL3059
RUN base="$(python -c 'import sys; print(getattr(sys, "base_prefix", sys.prefix))')" && for python in /root/.cache/pypoetry/virtualenvs/*/bin/python; do [ -e "$python" ] || continue; "$python" -c "import sys; sys.exit((getattr(sys, 'real_prefix', None) or getattr(sys, 'base_prefix', sys.prefix)) != sys.argv[1])" "$base" || { echo "$python does not run on the image's Python ($base)" >&2; exit 1; }; done

FROM python:3.11-bookworm
WORKDIR /srv
# files the program may read at run time (config, templates, static files)
COPY pyproject.toml /srv/
COPY --from=builder /usr/local/bin/poetry /usr/local/bin/poetry
COPY --from=builder /root/.cache/pypoetry/virtualenvs /root/.cache/pypoetry/virtualenvs
# this image's own site-packages (pip, setuptools, wheel) and their scripts out first: COPY only adds, and the build may have upgraded or removed them
RUN rm -rf /usr/local/lib/python3.11/site-packages && rm -f /usr/local/bin/pip /usr/local/bin/pip[0-9]* /usr/local/bin/pip-[0-9]* /usr/local/bin/easy_install /usr/local/bin/easy_install[0-9]* /usr/local/bin/easy_install-[0-9]* /usr/local/bin/wheel /usr/local/bin/wheel[0-9]* /usr/local/bin/wheel-[0-9]*
COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages
COPY --from=builder /opt/console-scripts /usr/local/bin
COPY . .
CMD ["poetry", "run", "gunicorn", "app:app"]
