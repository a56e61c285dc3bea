# `setup.py develop` run from another directory than the setup script's: which
# directory site-packages links to is not known here, so the file declines
FROM python:3.8-slim
COPY . /src
WORKDIR /data
RUN pip install -r /src/requirements.txt && python /src/setup.py develop
CMD ["myapp"]
