# The ENV at line 11 extends PYTHONPATH, which no instruction of the stage sets: its
# value is the unknown image's own (or unset).  The runner is that very image (the
# apt-get install at line 7 proves it Debian-family), so the ENV is kept as written and
# reads the same value there, where another runner would need the value itself
FROM registry.example.com/acme/py-base:2.3
LABEL maintainer="ops@example.com"
RUN apt-get update && apt-get install -y gcc libffi-dev
WORKDIR /srv
COPY . .
RUN pip install -r requirements.txt
ENV PYTHONPATH=/srv/lib:$PYTHONPATH
CMD ["python", "serve.py"]
