# the install runs after USER root, so the image's own default user (jupyter's images run
# as jovyan) is not shown; but nothing of the original ran as that user (USER root comes
# first), so the runner sets the same USER root before its setup and ends as USER app,
# as the original did
FROM acme/notebook-base:latest
USER root
RUN apt-get update && apt-get install -y gcc libpq-dev
USER app
WORKDIR /home/app/srv
COPY . .
RUN pip install --user -r requirements.txt
CMD ["python", "serve.py"]
