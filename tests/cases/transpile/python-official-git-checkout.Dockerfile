# the program runs in a git checkout the build cloned with the full image's own git
# (python:3.11 is built on buildpack-deps, which has git; the slim runner has none): it
# may run git on its repository, so git's files are copied from the builder, their
# libraries gathered with the compiled modules' (no package index needed)
FROM python:3.11-bookworm
RUN git clone --depth 1 https://github.com/example/updater.git /srv/updater
WORKDIR /srv/updater
RUN pip install --no-cache-dir flask==3.0.0
CMD ["python", "main.py"]
