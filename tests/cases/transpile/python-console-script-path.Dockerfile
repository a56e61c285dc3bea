# a console script named by its path, also run by the HEALTHCHECK
FROM python:3.11
WORKDIR /app
COPY . .
RUN pip install .
CMD ["/usr/local/bin/gunicorn", "app:app"]
HEALTHCHECK CMD gunicorn --version
