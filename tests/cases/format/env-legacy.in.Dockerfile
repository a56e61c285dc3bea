FROM alpine
ENV K hello world
ENV PATH   $HOME/bin:${PATH}
ENV QUOTED "a b"   'c $d' e\ f
ENV MIXED it's\ fine
ENV DOLLAR price$ 100
label maintainer John "Doe"
ENV NEW=1   OTHER="x y"
