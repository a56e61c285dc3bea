FROM alpine
EXPOSE 8081\
8082
RUN echo "a \
    b"
RUN echo hello\
     world
RUN echo one \
    two
