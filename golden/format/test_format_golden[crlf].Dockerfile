FROM alpine␍
RUN echo a \␍
    && echo b␍
␍
ENV K="v w"␍
