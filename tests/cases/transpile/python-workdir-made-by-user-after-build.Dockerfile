# USER app, then WORKDIR /data: BuildKit makes /data app's (llb.Mkdir as the USER in force),
# and no copy brings it. The runner's WORKDIR makes it root's 0755, so the builder stages an
# empty /data with the original's owner and mode and the runner copies it onto / (a copy
# gives a child its metadata, even an existing one): the program can write in /data
FROM python:3.11
RUN useradd -m app
WORKDIR /src
COPY . .
RUN pip install --no-cache-dir flask==3.0.0
USER app
WORKDIR /data
CMD ["python", "/src/app.py"]
