# -DCMAKE_INSTALL_PREFIX=$(python3.11 -c "import sys; print(sys.prefix)") (25504394's
# opencv): the official python image's own Python, first on the PATH, has its prefix
# in /usr/local, whose new libraries the runner gets
FROM python:3.11
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir flask==3.0.0
COPY ext /usr/src/ext
WORKDIR /usr/src/ext/build
RUN cmake -DCMAKE_INSTALL_PREFIX=$(python3.11 -c "import sys; print(sys.prefix)") ..
RUN make && make install
WORKDIR /app
COPY app.py .
CMD ["python", "app.py"]
