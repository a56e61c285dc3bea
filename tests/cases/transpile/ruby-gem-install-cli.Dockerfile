# `gem install` on a ruby image writes GEM_HOME; the command's executable is copied by
# name too, so a name no gem installed fails the build rather than the container
FROM ruby:2.7
RUN gem install --no-document mailcatcher
EXPOSE 1025 1080
CMD ["mailcatcher", "--foreground", "--ip=0.0.0.0"]
