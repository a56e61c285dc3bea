# the builder's own slim tag would be the runner, but a build argument chooses it: the
# runner would stay on the default (python:3.8-slim, with runtime packages named for its
# release) while --build-arg PY=... moves the builder alone
ARG PY=3.8
FROM python:${PY}-slim
RUN apt-get update && apt-get install -y gcc libpq-dev
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["python", "app.py"]
