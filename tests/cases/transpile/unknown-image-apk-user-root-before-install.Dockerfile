# the apk add runs after USER root, so the image's own default user is not shown, but
# nothing ran as it: the runner sets USER root before its setup, then USER app as the
# original ends
FROM acme/py-alpine-base:latest
USER root
RUN apk add --no-cache gcc musl-dev libffi-dev
USER app
WORKDIR /home/app/srv
COPY . .
RUN pip install --user -r requirements.txt
CMD ["python", "serve.py"]
