# the final WORKDIR is made by the user the build runs as, under a tree the runner
# copies whole from the builder (/code, made before the build): that copy brings /code/app
# as a child, with the user's owner, as the original has it (a copy gives each entry below
# its source its metadata, even an existing directory the runner's WORKDIR made), so
# nothing else is needed for it
FROM ubuntu:14.04
RUN apt-get update && apt-get -y install python3 python3-dev python3-pip libpq-dev git curl nodejs npm
RUN pip3 install --upgrade virtualenvwrapper
RUN mkdir -p /app/node_deps
RUN mkdir /code
WORKDIR /app/node_deps
COPY package.json ./package.json
RUN npm install
RUN groupadd -g 1000 app
RUN useradd -m -u 1000 -g 1000 app
RUN chown app:app -R /app/
RUN chown app:app /code
USER app
WORKDIR /code/app
ENV WORKON_HOME=~/.virtualenvs
ENV VIRTUALENVWRAPPER_PYTHON=/usr/bin/python3
COPY requirements /tmp/app_requirements
RUN /bin/bash -c "source /usr/local/bin/virtualenvwrapper.sh \
    && mkvirtualenv app \
    && pip install -r /tmp/app_requirements/prod.txt"
CMD ["run.sh"]
