FROM alpine
RUN set -e; \
  # install things
  apk add curl \

    # more
  && echo done
