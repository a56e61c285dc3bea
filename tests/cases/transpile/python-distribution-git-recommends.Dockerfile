# git installed for the program (it clones over https at run time) with apt's
# Recommends: the runner installs it with them too (ca-certificates, ssh-client)
# (a build-only package that stays in the builder: with none, the runner would be the same
# image with the same packages, and the rewrite declines as it gains nothing)
FROM ubuntu:16.04
RUN apt-get update && apt-get install -y git python-pip python-dev
COPY . /app
WORKDIR /app
RUN pip install -r requirements.txt
CMD ["python", "server.py"]
