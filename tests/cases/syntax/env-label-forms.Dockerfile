FROM alpine
ENV A=1 B="two words" C='single' D=a\ b
ENV LEGACY hello world  spaced
ENV E= F=""
LABEL version="1.0" description="a \"quoted\" value"
LABEL legacy value with spaces
ENV multi=line \
    other=2
