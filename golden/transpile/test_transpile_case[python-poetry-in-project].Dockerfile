FROM python:3.11 AS builder
ENV POETRY_VIRTUALENVS_IN_PROJECT=true POETRY_NO_INTERACTION=1
RUN pip install poetry==1.8.3
WORKDIR /app
COPY pyproject.toml poetry.lock ./
RUN poetry install --only main --no-root

FROM python:3.11
WORKDIR /app
COPY --from=builder /app /app
COPY . .
ENV PATH=/app/.venv/bin:$PATH
CMD ["python", "-m", "myapp"]
