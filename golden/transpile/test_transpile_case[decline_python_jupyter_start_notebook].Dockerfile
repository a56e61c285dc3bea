# jupyter/scipy-notebook's start-notebook.sh (the stacks' own start script, their CMD)
# starts a Jupyter server whose users run code of their own: the compiler the runner
# would leave out may be needed by a cell's pip install
FROM jupyter/scipy-notebook
USER root
RUN apt-get update && apt-get install -y gcc libpq-dev
USER $NB_USER
COPY requirements.txt /tmp/
RUN pip install -r /tmp/requirements.txt
CMD ["start-notebook.sh"]
