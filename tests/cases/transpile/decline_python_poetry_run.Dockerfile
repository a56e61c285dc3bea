FROM python:3.11
ENV POETRY_VIRTUALENVS_CREATE=false
RUN pip install poetry
WORKDIR /app
COPY . .
RUN poetry install
CMD ["poetry", "run", "python", "-m", "app"]
