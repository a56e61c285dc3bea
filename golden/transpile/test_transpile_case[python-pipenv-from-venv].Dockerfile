# pipenv installed into a virtualenv and run by its path: it does not install there.
# pipenv takes the active virtualenv by VIRTUAL_ENV alone (environments.is_in_virtualenv),
# unset here, so it makes its own under ~/.local/share/virtualenvs, as a bare `pipenv
# install` does; that directory goes to the runner, or a `pipenv run` in the unread
# start.sh finds no virtualenv for the project there (audit17a, 6519d661)
FROM python:3.11-bookworm AS builder
RUN python3 -m venv /venv
RUN /venv/bin/pip install pipenv
WORKDIR /app
COPY Pipfile Pipfile.lock ./
RUN /venv/bin/pipenv install --deploy
# the virtualenvs run on the image's Python (/usr/local), which the runner has too
# hadolint ignore=DL3059
RUN base="$(python -c 'import sys; print(getattr(sys, "base_prefix", sys.prefix))')" && for python in /root/.local/share/virtualenvs/*/bin/python; do [ -e "$python" ] || continue; "$python" -c "import sys; sys.exit((getattr(sys, 'real_prefix', None) or getattr(sys, 'base_prefix', sys.prefix)) != sys.argv[1])" "$base" || { echo "$python does not run on the image's Python ($base)" >&2; exit 1; }; done

FROM python:3.11-bookworm
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /venv /venv
COPY --from=builder /root/.local/share/virtualenvs /root/.local/share/virtualenvs
COPY . .
CMD ["./start.sh"]
