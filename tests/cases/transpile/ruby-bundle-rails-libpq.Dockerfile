# A Rails app on the full ruby image: pg compiles against libpq-dev, nokogiri and the
# rest against what buildpack-deps has.  The runner is ruby:2.6.5-slim with GEM_HOME
# (/usr/local/bundle: gems, executables, extensions, the settings --without wrote)
# and the app directory; libpq5 is installed again and the libraries the compiled
# extensions load are read by ldd in the builder.  The asset precompile after
# `COPY . .` is build work: it stays in the builder with the sources it reads
# (the app's Gemfile.lock, read from the build context, locks no gem that runs a
# program of the full image: without it the rewrite is declined)
FROM ruby:2.6.5
RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev nodejs && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle install --without development test
COPY . .
RUN RAILS_ENV=production bundle exec rake assets:precompile
ENV RAILS_ENV=production
EXPOSE 3000
CMD bundle exec rake db:migrate && bundle exec puma -C config/puma.rb
