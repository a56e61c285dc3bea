# pipenv install without --system: the virtualenv goes to root's
# ~/.local/share/virtualenvs/<project>-<hash>; the directory is copied whole to the
# same path, the project to its own, and pipenv itself (pip install pipenv, system
# site-packages and console scripts) too, so `pipenv run` in the slim runner finds
# the same virtualenv by the same hash, on the same /usr/local/bin/python3.11
FROM python:3.11-bookworm
RUN pip install pipenv
WORKDIR /app
COPY Pipfile Pipfile.lock ./
RUN pipenv install --deploy
COPY . .
CMD ["pipenv", "run", "python", "app.py"]
