# `rake` with no task runs the Rakefile's default task, which may compile (rake-compiler's
# compile is commonly a prerequisite of spec): not known to run on the slim runner
FROM ruby:2.6
WORKDIR /gem
COPY . .
RUN bundle install
CMD ["bundle", "exec", "rake"]
