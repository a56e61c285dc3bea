# pipenv run as a user whose home the Dockerfile does not show: where the virtualenv
# goes is not known
FROM python:3.11-bookworm
RUN pip install pipenv
WORKDIR /app
COPY . .
USER app
RUN pipenv install --deploy
CMD ["pipenv", "run", "python", "app.py"]
