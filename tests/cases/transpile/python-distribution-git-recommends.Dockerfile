# git installed for the program (it clones over https at run time) with apt's
# Recommends: the runner installs it with them too (ca-certificates, ssh-client)
FROM ubuntu:16.04
RUN apt-get update && apt-get install -y git python-pip
COPY . /app
WORKDIR /app
RUN pip install -r requirements.txt
CMD ["python", "server.py"]
