# issue 18 with the build context: on the builder's own alpine tag the script the
# command runs is read (before, on a Python or Node slim/alpine runner it was not read
# at all) and its `make migrate` runs build-base's make, which the runner leaves out
FROM python:3.6-alpine
WORKDIR /app
RUN apk --no-cache add build-base bash postgresql-dev
COPY requirements.txt /app/requirements.txt
RUN pip install -r requirements.txt
COPY . /app
ENTRYPOINT ["/app/bin/run"]
