FROM alpine
RUNN echo hi
FOO bar baz
RUN echo ok
