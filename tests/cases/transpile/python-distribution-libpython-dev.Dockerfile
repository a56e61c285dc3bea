# libpython3.10-dev: its headers stay in the builder, the interpreter (python3.10) and its
# shared library (libpython3.10, which the original has and an embedding links) are
# installed in the runner
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y python3 python3-pip libpython3.10-dev
WORKDIR /app
COPY . .
RUN pip3 install -r requirements.txt
CMD ["python3", "app.py"]
