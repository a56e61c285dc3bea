# `debian` names no release: the table of the data's release (libssl3t64, libffi8) may
# not exist on the release the build pulls, so the runtime packages of libssl-dev and
# libffi-dev are read in the builder (dpkg -L, then the owners of the libraries)
FROM debian
RUN apt-get update && apt-get install -y python3-pip python3-dev libssl-dev build-essential libffi-dev
COPY requirements.txt /
RUN pip3 install --break-system-packages -r /requirements.txt
COPY app/api.py /usr/local/bin/api.py
ENTRYPOINT ["/usr/local/bin/api.py"]
