# `mkdir -p -m 777 ...` runs in / and is repeated in the runner, whose WORKDIR is /app:
# its relative operands are made absolute, but 777 is the value of -m, not a path (it
# became `-m /777`, an invalid mode that failed the runner's build)
FROM python:3.11-alpine
RUN apk add --no-cache build-base && pip install flask
RUN mkdir -p -m 777 data /logs
WORKDIR /app
COPY app.py .
CMD ["python", "app.py"]
