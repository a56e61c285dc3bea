# A script the build writes starts the stacks' notebook under xvfb-run: the notebook is
# what the container runs (its users' cells may pip install and compile), so the
# runner may not leave the compilers out
FROM jupyter/scipy-notebook
USER root
RUN apt-get update && apt-get install -y --no-install-recommends xvfb gcc libpq-dev
USER $NB_USER
RUN pip install psycopg2
RUN echo '#!/bin/bash' > /tmp/run.sh \
    && echo 'xvfb-run -s "-screen 0 1280x720x24" /usr/local/bin/start-notebook.sh' >> /tmp/run.sh \
    && chmod +x /tmp/run.sh
ENTRYPOINT ["/tmp/run.sh"]
