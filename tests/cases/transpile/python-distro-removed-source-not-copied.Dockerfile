# a tarball ADDed to /opt, unpacked, installed and removed by the build's RUNs:
# the builder has no /opt/scapy-latest.tar.gz at its end, so the runner neither copies
# it from the builder (that COPY would fail) nor ADDs it again
FROM ubuntu:16.04
RUN apt-get update && apt-get install -y build-essential python-dev python-pip
ADD https://example.com/scapy-latest.tar.gz /opt/scapy-latest.tar.gz
RUN cd /opt && tar xzf scapy-latest.tar.gz && rm scapy-latest.tar.gz && cd scapy-2.3.2 && python setup.py install
COPY . /app
WORKDIR /app
RUN pip install -r requirements.txt
CMD ["python", "app.py"]
