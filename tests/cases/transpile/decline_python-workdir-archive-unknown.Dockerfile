# an archive unpacked in / before the pip build may or may not hold /examples, the
# final WORKDIR the runner would copy from the builder: not known, so declined with
# the line that makes it so
FROM python:3.11
RUN wget -O lib.tar.gz https://example.com/lib-1.0.tar.gz
RUN tar zxvf lib.tar.gz && cd lib-1.0 && ./configure --prefix=/usr/local && make && make install
RUN pip install -r https://example.com/requirements.txt
WORKDIR /examples
CMD ["python", "demo.py"]
