# the program runs in a git checkout the build cloned, its .git kept: it may run git on
# its own repository (a `git pull` to update itself, `git describe` for its version),
# so git stays in the runner although the build used it to fetch the sources
FROM ubuntu:20.04
RUN apt-get update && apt-get install -y --no-install-recommends git ca-certificates \
    python3-pip python3-dev gcc
RUN git clone --depth 1 https://github.com/example/scanner.git /opt/scanner
WORKDIR /opt/scanner
RUN pip3 install -r requirements.txt
ENTRYPOINT ["python3", "scanner.py"]
