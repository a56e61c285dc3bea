FROM a
RUN echo a \ \
&& echo b
