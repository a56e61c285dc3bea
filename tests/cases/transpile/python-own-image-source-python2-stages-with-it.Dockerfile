# buildpack-deps:jessie has no python3: the Python 2 the build compiles into
# /usr/local is the interpreter the builder stages with (the build runs it by name)
FROM buildpack-deps:jessie
ENV PATH /usr/local/bin:$PATH
RUN apt-get update && apt-get install -y --no-install-recommends tk-dev \
	&& rm -rf /var/lib/apt/lists/*
RUN wget -O python.tar.xz "https://www.python.org/ftp/python/2.7.16/Python-2.7.16.tar.xz" \
	&& mkdir -p /usr/src/python \
	&& tar -xJC /usr/src/python --strip-components=1 -f python.tar.xz \
	&& rm python.tar.xz \
	&& cd /usr/src/python \
	&& ./configure --enable-shared --enable-unicode=ucs4 \
	&& make -j "$(nproc)" \
	&& make install \
	&& ldconfig \
	&& rm -rf /usr/src/python
RUN wget -O get-pip.py 'https://bootstrap.pypa.io/pip/2.7/get-pip.py' \
	&& python get-pip.py --no-cache-dir && rm -f get-pip.py
WORKDIR /app
RUN python -m pip install waitress==1.4.4
EXPOSE 8000
CMD ["waitress-serve", "--port=8000", "app:application"]
