# pipenv installed with pip --user: the tool is not carried with the system
# site-packages, so `pipenv run` in the command keeps the single stage
FROM python:3.11-bookworm
RUN pip install --user pipenv
ENV PATH=/root/.local/bin:$PATH
WORKDIR /app
COPY . .
RUN pipenv install --deploy
CMD ["pipenv", "run", "python", "app.py"]
