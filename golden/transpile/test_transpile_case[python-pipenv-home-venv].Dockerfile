# pipenv install without --system: the virtualenv goes to root's
# ~/.local/share/virtualenvs/<project>-<hash>; the directory is copied whole to the
# same path, the project to its own, and pipenv itself (pip install pipenv, system
# site-packages and console scripts) too, so `pipenv run` in the slim runner finds
# the same virtualenv by the same hash, on the same /usr/local/bin/python3.11
FROM python:3.11-bookworm AS builder
RUN pip install pipenv
WORKDIR /app
COPY Pipfile Pipfile.lock ./
RUN pipenv install --deploy && python -c "import os, re, shutil; os.makedirs('/opt/console-scripts'); [shutil.copy2(os.path.join('/usr/local/bin', f), '/opt/console-scripts') for f in os.listdir('/usr/local/bin') if not re.match(r'(python|idle|pydoc|2to3)[0-9.]*(-config|-[0-9.]+)?\\Z', f) and os.path.isfile(os.path.join('/usr/local/bin', f))]"
# the virtualenvs run on the image's Python (/usr/local), which the runner has too
# hadolint ignore=DL3059
RUN base="$(python -c 'import sys; print(getattr(sys, "base_prefix", sys.prefix))')" && for python in /root/.local/share/virtualenvs/*/bin/python; do [ -e "$python" ] || continue; "$python" -c "import sys; sys.exit((getattr(sys, 'real_prefix', None) or getattr(sys, 'base_prefix', sys.prefix)) != sys.argv[1])" "$base" || { echo "$python does not run on the image's Python ($base)" >&2; exit 1; }; done

FROM python:3.11-bookworm
WORKDIR /app
COPY --from=builder /usr/local/bin/pipenv /usr/local/bin/pipenv
COPY --from=builder /root/.local/share/virtualenvs /root/.local/share/virtualenvs
# this image's own site-packages (pip, setuptools, wheel) and their scripts out first: COPY only adds, and the build may have upgraded or removed them
RUN rm -rf /usr/local/lib/python3.11/site-packages && rm -f /usr/local/bin/pip /usr/local/bin/pip[0-9]* /usr/local/bin/pip-[0-9]* /usr/local/bin/easy_install /usr/local/bin/easy_install[0-9]* /usr/local/bin/easy_install-[0-9]* /usr/local/bin/wheel /usr/local/bin/wheel[0-9]* /usr/local/bin/wheel-[0-9]*
COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages
COPY --from=builder /app /app
COPY --from=builder /opt/console-scripts /usr/local/bin
COPY . .
CMD ["pipenv", "run", "python", "app.py"]
