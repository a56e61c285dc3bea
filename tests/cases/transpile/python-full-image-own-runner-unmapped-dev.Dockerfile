# The requirements are not read, so the runner is the builder's own full image.  The
# build keeps libqt4-dev, whose runtime package no table names: its libraries (and those
# the copied modules load) are gathered in the builder as for the slim sibling, and the
# runner adds those its loader does not know.  python:3.6-stretch has no Qt 4, so a
# module built against it (libQtCore.so.4, as gaia and essentia load it) would
# otherwise fail at import (audit17a, c67ea64c)
FROM python:3.6-stretch
RUN apt-get update && apt-get install -y libqt4-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "app.py"]
