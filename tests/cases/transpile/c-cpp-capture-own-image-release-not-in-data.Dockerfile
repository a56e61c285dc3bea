# gcc:5.3.0 is a Debian image of the official gcc family, but the image data holds no
# release for it (its tag names none, and its Dockerfile was not read): the capture
# window on that very image first tests that its dpkg has --verify, which tells the
# packages' files apart from what the build wrote; an older dpkg fails the build
FROM gcc:5.3.0
RUN apt-get update && apt-get -y install liblzo2-dev zlib1g-dev
RUN cd /opt && curl -O https://example.org/kc-1.2.76.tar.gz \
    && tar xzf kc-1.2.76.tar.gz && cd kc-1.2.76 && ./configure && make && make install
COPY hdt /opt/hdt
RUN cd /opt/hdt/hdt-lib && make
ENV PATH /opt/hdt/hdt-lib/tools:$PATH
CMD ["rdf2hdt", "--help"]
