# On an image with programs of its own (r-base keeps R's site library in /usr/local),
# `Rscript packages.R` between two pip installs runs a script whose text is not read:
# repeating it in the runner is not known to give the original's files, and leaving it
# out loses the R packages it installs.  Its effect is captured in the builder instead
# (and /usr/local is staged against the marker), so the runner has what it wrote
# without the compilers and -dev packages it compiled with.
FROM r-base:3.6.1
RUN apt-get update && apt-get install -y --no-install-recommends \
    build-essential gfortran python3 python3-pip python3-dev libxml2-dev
WORKDIR /app
COPY . .
RUN pip3 install -r requirements.txt
RUN Rscript packages.R
RUN pip3 install .
CMD ["python3", "run.py"]
