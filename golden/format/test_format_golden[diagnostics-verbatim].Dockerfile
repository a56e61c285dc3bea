FROM alpine
copy   onlyone
healthcheck   bogus  x
RUN echo fine
