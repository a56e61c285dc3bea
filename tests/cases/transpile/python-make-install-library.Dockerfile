# a C library built from source with make install into /usr/local/lib, loaded by the
# Python program: the libraries reach the runner, which runs ldconfig
FROM python:3.11-bookworm
WORKDIR /app
COPY libgreet /usr/src/libgreet
RUN cd /usr/src/libgreet && make && make install
COPY requirements.txt .
RUN pip install --no-cache-dir flask==3.0.0
COPY greet.py .
ENTRYPOINT ["python", "greet.py"]
