# the build copies search.py from the source tree it then removes to /, the WORKDIR the
# command runs `python search.py` in: no tree the runner copies holds /search.py (the
# runner once copied the removed /palantiri, a COPY that fails, and without it lacked the
# script): declined
FROM python:3.11
RUN apt-get -y update && apt-get install -y libpq-dev
COPY . /palantiri/
RUN pip install /palantiri \
    && cp /palantiri/search.py . \
    && rm -rf /palantiri
CMD ["/usr/local/bin/python", "search.py", "-b", "Roommates"]
