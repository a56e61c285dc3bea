FROM alpine
RUN echo a \

    && echo b
RUN echo c \
    
    && echo d
