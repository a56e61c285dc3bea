# the start script is read from the context: it runs only the interpreter and a console
# script of the installs, none of the programs python:3.12 has and its slim sibling lacks
FROM python:3.12
WORKDIR /app
COPY requirements.txt .
RUN pip install flask==3.0.0
COPY . .
CMD ["./run.sh"]
