# issue 18: the command hands a script of the build context to bash, and no context is
# given: the script is not read.  The runner (the builder's own alpine tag) leaves out
# build-base and the -dev packages the original keeps (pg_config, gcc ...), which the
# script may run: declined, naming the script, its COPY and what is left out
FROM python:3.6-alpine
WORKDIR /app
RUN apk --no-cache add build-base bash curl openssl-dev postgresql-dev postgresql-client
COPY requirements.txt /app/requirements.txt
RUN pip install -r requirements.txt
COPY . /app
ENTRYPOINT ["/bin/bash", "/app/bin/run"]
CMD ["web"]
