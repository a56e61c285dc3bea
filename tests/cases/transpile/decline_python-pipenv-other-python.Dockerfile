# pipenv install --python 3.11 on python:3.9 (no --system): pipenv makes the virtualenv
# on the Python 3.11 it finds on the PATH (the full image's Debian /usr/bin/python3.11),
# not the image's 3.9 in /usr/local, which is all a slim runner has
FROM python:3.9
RUN pip install pipenv
WORKDIR /app
COPY Pipfile Pipfile.lock ./
RUN pipenv install --python 3.11 --deploy
COPY . .
CMD ["pipenv", "run", "python", "app.py"]
