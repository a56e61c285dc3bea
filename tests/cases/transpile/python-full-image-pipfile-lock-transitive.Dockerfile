# pipenv installs what Pipfile.lock lists, the dependencies' dependencies too: mlflow
# brings GitPython, which runs the git program python:3.11 has and its slim sibling
# lacks, so the runner is the builder's own image
FROM python:3.11
RUN pip install pipenv
WORKDIR /usr/src/app
COPY Pipfile Pipfile.lock ./
RUN pipenv install --system --deploy
COPY . .
CMD ["python", "app.py"]
