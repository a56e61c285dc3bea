FROM alpine
RUN echo c:\\
RUN echo three\\\
RUN echo next
