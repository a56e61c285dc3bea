# a RUN before USER root ran as the image's own default user, which is not known: the
# runner cannot set a user that reproduces it (USER root before everything would run the
# rest as root where the original's first RUN did not)
FROM acme/notebook-base:latest
RUN mkdir -p /home/jovyan/work
USER root
RUN apt-get update && apt-get install -y gcc libpq-dev
USER app
WORKDIR /home/app/srv
COPY . .
RUN pip install --user -r requirements.txt
CMD ["python", "serve.py"]
