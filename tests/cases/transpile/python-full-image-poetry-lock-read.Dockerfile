# poetry install reads poetry.lock, which lists every package the install brings (the
# dependencies' dependencies too): none loads a library by name or runs a program
# python:3.11 has and its slim sibling lacks, so the runner is the slim sibling
FROM python:3.11
ENV POETRY_VIRTUALENVS_IN_PROJECT=true POETRY_NO_INTERACTION=1
RUN pip install poetry==1.8.3
WORKDIR /app
COPY pyproject.toml poetry.lock ./
RUN poetry install --only main --no-root
COPY . .
ENV PATH=/app/.venv/bin:$PATH
CMD ["python", "-m", "myapp"]
