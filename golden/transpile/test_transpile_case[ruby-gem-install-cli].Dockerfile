# `gem install` on a slim ruby image with build tools: GEM_HOME goes to the runner (the
# same slim tag), the compilers stay in the builder; the command's executable is copied
# by name too, so a name no gem installed fails the build rather than the container
FROM ruby:2.7-slim AS builder
RUN apt-get update && apt-get install -y --no-install-recommends build-essential libsqlite3-dev \
    && rm -rf /var/lib/apt/lists/*
RUN gem install --no-document mailcatcher

FROM ruby:2.7-slim
RUN apt-get update && apt-get install -y --no-install-recommends libatomic1 libgomp1 libsqlite3-0 && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/local/bundle/bin/mailcatcher /usr/local/bundle/bin/mailcatcher
COPY --from=builder /usr/local/bundle /usr/local/bundle
EXPOSE 1025 1080
CMD ["mailcatcher", "--foreground", "--ip=0.0.0.0"]
