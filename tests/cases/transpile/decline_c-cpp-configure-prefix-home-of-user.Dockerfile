# --prefix=$HOME/local in a RUN as another user (on gcc:12, no capture window): that
# user's home only its account shows, so the install's prefix is not known
FROM gcc:12
RUN useradd -m builder
USER builder
COPY --chown=builder . /src
WORKDIR /src
RUN ./configure --prefix=$HOME/local && make && make install
CMD ["/home/builder/local/bin/tool"]
