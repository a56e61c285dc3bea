FROM alpine
# a comment

RUN echo hi
# another



RUN echo bye
