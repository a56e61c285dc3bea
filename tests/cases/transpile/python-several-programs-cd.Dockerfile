# several programs on the slim runner: the interpreter, a core utility, cd into the copied app
FROM python:3.11-bookworm
WORKDIR /service
COPY requirements.txt .
RUN pip install --no-cache-dir flask==3.0.0
COPY src src
WORKDIR /service/src/scripts
CMD python setup_db.py; sleep 1; cd .. && python -u run.py
