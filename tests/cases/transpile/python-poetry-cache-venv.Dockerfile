# poetry install without settings: the virtualenv goes to poetry's cache directory
# (~/.cache/pypoetry/virtualenvs); only that directory reaches the runner (the package
# cache beside it stays behind), with poetry itself for `poetry run`
FROM python:3.11-bookworm
RUN pip install poetry
WORKDIR /srv
COPY pyproject.toml poetry.lock ./
RUN poetry install --no-root --only main
COPY . .
CMD ["poetry", "run", "gunicorn", "app:app"]
