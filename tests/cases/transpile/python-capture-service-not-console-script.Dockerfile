# `service` (init-system-helpers, which openssh-server may bring) is no console script
# the build made: on a runner that gets the captured RUN's packages it is tested there
# after the captured files, not copied from /usr/local/bin, which the builder lacks
# (1e6d31f7: the COPY failed the build of a rewrite that would run)
FROM python:2.7
RUN pip install bottle
RUN apt-get update && apt-get install -y openssh-server
RUN useradd -m pagan && echo "pagan:pagan" | chpasswd
COPY . .
EXPOSE 8080
CMD service ssh start && python webserver.py
