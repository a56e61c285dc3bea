# the RUN after the build dearmors a repository key with gpg, which gnupg brings (the
# generated Contents data: gnupg -> gpg ships /usr/bin/gpg on jammy); the runner keeps
# gnupg, which the program may run too (packages.RUN_TIME_HELPERS), so the RUN repeats
# there (it ran in the builder with its effect captured while gnupg stayed behind)
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends gnupg build-essential \
    python3-dev python3-pip curl ca-certificates && pip3 install flask
RUN curl -fsSL https://nginx.org/keys/nginx_signing.key | gpg --dearmor -o /usr/share/keyrings/nginx.gpg
COPY app.py /srv/app.py
CMD ["python3", "/srv/app.py"]
