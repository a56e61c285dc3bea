# `debian` names no release, so the runtime package of libssl-dev is read in the builder
# (the scan's list).  pip comes with its Recommends, libssl-dev without: the list is
# installed without Recommends, as the libraries libssl-dev brought were
FROM debian
RUN apt-get update && apt-get install -y python3-pip python3-dev && apt-get install -y --no-install-recommends libssl-dev build-essential
COPY requirements.txt /
RUN pip3 install --break-system-packages -r /requirements.txt
COPY app/api.py /usr/local/bin/api.py
ENTRYPOINT ["/usr/local/bin/api.py"]
