# poetry install without settings: the virtualenv goes to poetry's cache directory
# (~/.cache/pypoetry/virtualenvs); only that directory reaches the runner (the package
# cache beside it stays behind), with poetry itself for `poetry run`
FROM python:3.11-bookworm AS builder
RUN pip install --no-cache-dir poetry
WORKDIR /srv
COPY pyproject.toml poetry.lock ./
RUN poetry install --no-root --only main && python -c "import os, re, shutil; os.makedirs('/opt/console-scripts'); [shutil.copy2(os.path.join('/usr/local/bin', f), '/opt/console-scripts') for f in os.listdir('/usr/local/bin') if not re.match(r'(python|pip|idle|pydoc|2to3|easy_install|wheel)[0-9.]*(-config|-[0-9.]+)?\\Z', f) and os.path.isfile(os.path.join('/usr/local/bin', f))]"
# the virtualenvs run on the image's Python (/usr/local), which the runner has too
# hadolint ignore=DL3059
RUN base="$(python -c 'import sys; print(getattr(sys, "base_prefix", sys.prefix))')" && for python in /root/.cache/pypoetry/virtualenvs/*/bin/python; do [ -e "$python" ] || continue; "$python" -c "import sys; sys.exit((getattr(sys, 'real_prefix', None) or getattr(sys, 'base_prefix', sys.prefix)) != sys.argv[1])" "$base" || { echo "$python does not run on the image's Python ($base)" >&2; exit 1; }; done && mkdir -p /opt/runtime-libraries && find /root/.cache/pypoetry/virtualenvs /usr/local/lib/python3.11/site-packages /opt/console-scripts /usr/local/bin/poetry -type f \( -name '*.so' -o -name '*.so.*' -o -name '*.node' -o \( -perm -u+x ! -name '*.js' ! -name '*.py' ! -name '*.sh' \) \) -exec ldd {} \; > /tmp/dtranspile-ldd 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\/(usr\/)?lib\// && $1 !~ /^(libc|libm|libdl|libpthread|librt|libresolv|libutil|libnsl|libanl|libcrypt|libmvec|libBrokenLocale|libthread_db|ld-linux[^.]*)[.]so/ && !seen[$1]++ { print $3 }' /tmp/dtranspile-ldd > /tmp/dtranspile-ldd.libs && xargs -r cp -L -t /opt/runtime-libraries < /tmp/dtranspile-ldd.libs && rm -f /tmp/dtranspile-ldd /tmp/dtranspile-ldd.libs

FROM python:3.11-slim-bookworm
WORKDIR /srv
# files the program may read at run time (config, templates, static files)
COPY pyproject.toml /srv/
COPY --from=builder /usr/local/bin/poetry /usr/local/bin/poetry
COPY --from=builder /root/.cache/pypoetry/virtualenvs /root/.cache/pypoetry/virtualenvs
COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages
COPY --from=builder /opt/console-scripts /usr/local/bin
COPY --from=builder /opt/runtime-libraries /opt/runtime-libraries
# libraries of the full builder image the compiled modules load, where the slim runner has none of its own
RUN ldconfig -p > /tmp/ld.so.list && for path in /opt/runtime-libraries/*; do lib="${path##*/}"; [ ! -e "$path" ] || grep -q "^[[:space:]]*$lib " /tmp/ld.so.list || mv "$path" /usr/local/lib/ || exit 1; done && rm -rf /opt/runtime-libraries /tmp/ld.so.list && ldconfig
COPY . .
CMD ["poetry", "run", "gunicorn", "app:app"]
