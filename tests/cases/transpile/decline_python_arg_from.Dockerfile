# python:${PY}: the default resolves (3.6), but the runner python:3.6-slim and the
# site-packages path would stay on it while --build-arg PY=3.12 moves the builder alone
ARG PY=3.6
FROM python:${PY}
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["python", "app.py"]
