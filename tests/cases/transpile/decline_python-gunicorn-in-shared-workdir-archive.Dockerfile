# gunicorn imports wsgi from the final WORKDIR /srv (its bind address host:port is not
# an application), which an archive the build unpacks fills
FROM python:3.11
WORKDIR /srv
RUN wget -q https://example.com/site.tar.gz && tar -xzf site.tar.gz && rm site.tar.gz
RUN pip install gunicorn django
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "wsgi:application"]
