# the build clones the program's sources and removes the clone's .git: the program has
# no repository to run git on, and git, used only to fetch, stays in the builder
FROM ubuntu:20.04
RUN apt-get update && apt-get install -y --no-install-recommends git ca-certificates \
    python3-pip python3-dev gcc
RUN git clone --depth 1 https://github.com/example/scanner.git /opt/scanner \
    && rm -rf /opt/scanner/.git
WORKDIR /opt/scanner
RUN pip3 install -r requirements.txt
ENTRYPOINT ["python3", "scanner.py"]
