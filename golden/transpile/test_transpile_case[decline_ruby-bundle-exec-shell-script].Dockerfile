# `bundle exec ./run.sh`: a file of the app that is not read may run curl, git, gcc ...
# of the full image, which its slim sibling lacks
FROM ruby:2.5
WORKDIR /app
COPY . .
RUN bundle install
ENTRYPOINT ["bundle", "exec"]
CMD ["./run.sh"]
