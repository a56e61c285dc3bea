# pipenv's --python before the subcommand is the install's own option
FROM python:3.8-bookworm
WORKDIR /app
COPY Pipfile Pipfile.lock ./
RUN pip install pipenv && pipenv --python 3.8 install --system --deploy
COPY . .
CMD ["python", "app.py"]
