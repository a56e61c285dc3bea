# a gemrc from the build context sets gem's options for every install: read from the
# context (only --no-document here), the installs stay in GEM_HOME
FROM ruby:2.5-slim
RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*
COPY .gemrc /root/
RUN gem install thin
EXPOSE 3000
CMD ["thin", "start"]
