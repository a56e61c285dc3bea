# a RUN chowns the home's tree to app and, as app through sudo, makes a virtualenv there
# and installs the project in it; the runner copies the virtualenv and the context's
# src and conf directories ADDed to their own paths: a copy makes its target directory
# root's 0755 (moby/buildkit#1941), so /home/app/env (a virtualenv's directory) and
# /home/app/src, /home/app/conf (directories of the context) are staged with their
# owners and modes; setup.py, a file of the context, carries its own (corpus 2875ebc4b108:
# /home/iris/env, src and daemons stayed root's, not writable by iris)
FROM python:3.11-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends sudo && rm -rf /var/lib/apt/lists/*
RUN useradd -m -s /bin/bash app
ADD conf /home/app/conf
ADD src /home/app/src
ADD setup.py /home/app/setup.py
RUN chown -R app:app /home/app \
    && sudo -Hu app python -m venv /home/app/env \
    && sudo -Hu app /home/app/env/bin/pip install /home/app
USER app
CMD ["/home/app/env/bin/greet", "/home/app/conf/greet.ini"]
