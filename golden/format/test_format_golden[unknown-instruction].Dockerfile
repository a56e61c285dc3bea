FROM alpine
RUNN echo hi
RUN echo ok
FOO --bar   baz
