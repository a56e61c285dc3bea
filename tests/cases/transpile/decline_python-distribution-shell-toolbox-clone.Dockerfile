# CMD is an interactive shell on a same-image runner that installs every package again:
# nothing is left behind, but the runner carries only the build's outputs (pip's files),
# not the clone pip installed from, which the shell's user had (from corpus 32d14237)
FROM alpine:3.9
RUN apk add --no-cache git ffmpeg python2 py-pip
RUN git clone https://github.com/cmaxwe/dl-nhltv.git /app/dl-nhltv
RUN pip install /app/dl-nhltv
WORKDIR /root
CMD ["/bin/sh"]
