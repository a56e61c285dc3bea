# poetry's global options before the subcommand (`poetry -n -C svc install`): -n is the
# install's own, -C the project's directory, so the in-project virtualenv is svc/.venv
FROM python:3.11-bookworm
ENV POETRY_VIRTUALENVS_IN_PROJECT=true
WORKDIR /app
COPY . .
RUN pip install poetry==1.8.3
RUN poetry -n -C svc install --no-root --only main
CMD ["/app/svc/.venv/bin/gunicorn", "svc.app:app"]
