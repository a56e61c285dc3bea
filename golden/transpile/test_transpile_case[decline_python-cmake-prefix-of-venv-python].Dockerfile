# the same prefix asked of a python that a virtualenv first on the PATH may answer:
# its sys.prefix is the virtualenv's, not /usr/local, and the runner copies only what
# the build adds to /usr/local
FROM python:3.11
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY ext /usr/src/ext
WORKDIR /usr/src/ext/build
RUN cmake -DCMAKE_INSTALL_PREFIX=$(python3.11 -c "import sys; print(sys.prefix)") ..
RUN make && make install
WORKDIR /app
COPY app.py .
CMD ["python", "app.py"]
