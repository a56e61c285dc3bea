# a link made among the headers of libssl-dev beside the pip install prepares the
# build: the runner, without libssl-dev, has no /usr/include/openssl to `cd` into and
# does not repeat it (the repeated `cd /usr/include/openssl && ln -f -s ...` failed its build)
FROM ubuntu:16.04
RUN apt-get update && apt-get install -y --no-install-recommends build-essential libssl-dev python-pip python-dev python-setuptools swig
RUN rm -rf /var/lib/apt/lists/* \
  && cd /usr/include/openssl/ \
  && ln -s ../x86_64-linux-gnu/openssl/opensslconf.h . \
  && pip install cherrypy M2Crypto
COPY . /app
WORKDIR /app
CMD ["python", "sf.py"]
