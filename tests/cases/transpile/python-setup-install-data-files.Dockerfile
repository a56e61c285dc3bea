# `python setup.py install` beside pip in the install RUN: setuptools 80 (and a distutils
# setup.py) put its data_files under /usr/local (share/setupgreet/), and nothing records
# them (no pip RECORD, no installed-files.txt); the builder makes a marker first and
# gathers every file the build wrote under /usr/local with a newer ctime, outside
# site-packages, /usr/local/bin and the copied /usr/local/src/app, with pip's recorded
# data files (the project of setup.py is not read, so the runner is the builder's own
# image; pip's cache is what stays behind)
FROM python:3.11-bookworm
WORKDIR /usr/local/src/app
COPY . .
RUN pip install -r requirements.txt && python setup.py install
WORKDIR /
CMD ["setupgreet"]
