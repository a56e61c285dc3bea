FROM python:3.11
WORKDIR /src
COPY . .
RUN pip install --no-cache-dir -e '.[dist]'
# the container builds the distribution (PyInstaller needs binutils at run time)
CMD python3 setup.py dist
