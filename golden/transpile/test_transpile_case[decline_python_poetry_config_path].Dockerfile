# poetry config moves the virtualenvs (virtualenvs.path): not followed
FROM python:3.11-bookworm
RUN pip install poetry && poetry config virtualenvs.path /opt/venvs
WORKDIR /srv
COPY . .
RUN poetry install --no-root
CMD ["poetry", "run", "gunicorn", "app:app"]
