# the captured RUN replaces /usr/bin/python3, a file of python3-minimal, which the window
# installs, by a link: dpkg --verify checks regular files only, so the link is carried as
# a changed package file (linked_paths), not left to the runner's own install
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends python3.11 python3-pip gcc python3-dev curl ca-certificates \
    && curl -fsSL https://example.org/tool.tar.gz | tar -xz -C /opt && rm /usr/bin/python3 && ln -s /usr/bin/python3.11 /usr/bin/python3
WORKDIR /app
COPY . .
RUN pip3 install -r requirements.txt
CMD ["python3", "app.py"]
