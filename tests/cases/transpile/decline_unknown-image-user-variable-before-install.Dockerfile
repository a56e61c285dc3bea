# the install runs after USER $ADMIN: a build argument (or the image's own ENV) names the
# user, so which user it ran as is not known, nor the image's own default user: the
# runner's package install would run as one of them
FROM acme/notebook-base:latest
ARG ADMIN=root
USER $ADMIN
RUN apt-get update && apt-get install -y gcc libpq-dev
USER app
WORKDIR /home/app/srv
COPY . .
RUN pip install --user -r requirements.txt
CMD ["python", "serve.py"]
