# the install runs after USER root, so the image's own default user (jupyter's images run
# as jovyan) is not shown: the runner's package install would run as that unknown user
FROM acme/notebook-base:latest
USER root
RUN apt-get update && apt-get install -y gcc libpq-dev
USER app
WORKDIR /home/app/srv
COPY . .
RUN pip install --user -r requirements.txt
CMD ["python", "serve.py"]
