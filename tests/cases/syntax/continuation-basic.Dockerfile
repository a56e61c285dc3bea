FROM alpine
RUN apk add --no-cache \
      curl \
      git
RUN echo hello\
world
