FROM alpine
ENV A=a\'b\\\
LABEL B=a"\"'b\\\
ARG C='x'\\\
ENV D='y\\\
ENV E="z\\\ F=1
