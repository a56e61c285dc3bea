# The build RUN also makes /srv/app, which the runner's commands made beside the build
# repeat after its copies, where WORKDIR /srv/app made it already: `mkdir` gets -p (and
# `ln` -f), which changes nothing where the original made it anew (a plain `mkdir
# /srv/app` failed the runner's build)
FROM alpine:3.12
RUN apk add --no-cache python3 py3-pip build-base python3-dev && pip3 install flask \
 && mkdir /srv/app
WORKDIR /srv/app
COPY app.py .
CMD ["python3", "app.py"]
