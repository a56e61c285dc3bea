# a gemrc from the build context sets gem's options for every install: read from the
# context (only --no-document here), the installs stay in GEM_HOME
FROM ruby:2.5-slim AS builder
RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*
COPY .gemrc /root/
RUN gem install thin

FROM ruby:2.5-slim
RUN apt-get update && apt-get install -y --no-install-recommends libatomic1 libgomp1 && rm -rf /var/lib/apt/lists/*
# files the program may read at run time (config, templates, static files)
COPY .gemrc /root/
COPY --from=builder /usr/local/bundle/bin/thin /usr/local/bundle/bin/thin
COPY --from=builder /usr/local/bundle /usr/local/bundle
EXPOSE 3000
CMD ["thin", "start"]
