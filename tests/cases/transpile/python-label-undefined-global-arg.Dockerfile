# the LABEL names an ARG declared only before FROM: BuildKit expands it to nothing in the
# original, and the runner's LABEL (the same text) does the same
# (FROM names the tag itself: a FROM chosen by the argument is declined, the runner
# could not follow --build-arg)
ARG BASE_VERSION=3.11-alpine3.19
FROM python:3.11-alpine3.19
ARG APP_COMMIT=v1.0.0
LABEL version="${BASE_VERSION}_${APP_COMMIT}"
RUN apk add --no-cache build-base libffi-dev
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
CMD ["python3", "app.py"]
