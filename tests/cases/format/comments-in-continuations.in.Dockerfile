FROM \
  # the base image
  alpine:3.19 \
  AS base
COPY a \
# source two
     b \
     /dst/
ENV A=1 \
    # second
    B=2
ONBUILD RUN echo one \
  # inside onbuild
  && echo two
RUN apt-get update \
        # install things
        && apt-get install -y curl
