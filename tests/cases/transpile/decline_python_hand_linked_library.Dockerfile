# a library built from source and linked into the system's library directory under its
# unversioned name (e8b05007): a module loads it by name at run time (ctypes
# find_library), which no ELF NEEDED entry shows and the slim runner resolves otherwise
FROM python:3.6
RUN apt-get -y update && apt-get install -y cmake git
RUN git clone --depth=1 https://github.com/lloyd/yajl.git
WORKDIR /yajl/
RUN cmake -DCMAKE_INSTALL_PREFIX=$HOME/.local/ && make && make install
RUN ln -s /yajl/yajl-2.1.1/lib/libyajl.so.2.1.1 /usr/lib/x86_64-linux-gnu/libyajl.so
RUN pip install trellio
CMD ["python", "-m", "trellio.registry"]
