# issue 18 (draw4 #38): `sh run_notebook_server.sh` hands the shell a script by a bare
# name, which the shell opens in the working directory (COPY . . put it there); it was
# looked up on PATH only, so the unread script escaped the rule `sh ./run.sh` is held
# to: without the context it is not read, and the runner leaves gcc and python-dev out
FROM continuumio/anaconda
RUN apt-get update && apt-get install -y gcc git python-dev unzip
RUN pip install wordcloud
RUN mkdir /notebooks
WORKDIR /notebooks
COPY . .
CMD sh run_notebook_server.sh
