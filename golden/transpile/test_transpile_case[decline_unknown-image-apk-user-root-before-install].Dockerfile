# the apk add runs after USER root, so nothing ran as the image's unknown default user;
# the image is Alpine, but its release is not known: whether its BusyBox can list what
# the build changed is not known either, and the original builds on any Alpine release
# (their packages are still served), so the capture declines rather than fail the build
FROM acme/py-alpine-base:latest
USER root
RUN apk add --no-cache gcc musl-dev libffi-dev
USER app
WORKDIR /home/app/srv
COPY . .
RUN pip install --user -r requirements.txt
CMD ["python", "serve.py"]
