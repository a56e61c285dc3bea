# A Rails app on the full ruby image: pg compiles against libpq-dev, nokogiri and the
# rest against what buildpack-deps has.  The runner is ruby:2.6.5-slim with GEM_HOME
# (/usr/local/bundle: gems, executables, extensions, the settings --without wrote)
# and the app directory; libpq5 is installed again and the libraries the compiled
# extensions load are read by ldd in the builder.  The asset precompile after
# `COPY . .` is build work: it stays in the builder with the sources it reads
# (the app's Gemfile.lock, read from the build context, locks no gem that runs a
# program of the full image: without it the rewrite is declined)
FROM ruby:2.6.5 AS builder
RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev nodejs && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle install --without development test
COPY . .
RUN RAILS_ENV=production bundle exec rake assets:precompile && mkdir -p /opt/runtime-libraries && find /usr/local/bundle /app -type f \( -name '*.so' -o -name '*.so.*' -o -name '*.node' -o \( -perm -u+x ! -name '*.js' ! -name '*.py' ! -name '*.sh' \) \) -exec ldd {} \; > /tmp/dtranspile-ldd 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\/(usr\/)?lib\// && $1 !~ /^(libc|libm|libdl|libpthread|librt|libresolv|libutil|libnsl|libanl|libcrypt|libmvec|libBrokenLocale|libthread_db|ld-linux[^.]*)[.]so/ && !seen[$1]++ { print $3 }' /tmp/dtranspile-ldd > /tmp/dtranspile-ldd.libs && xargs -r cp -L -t /opt/runtime-libraries < /tmp/dtranspile-ldd.libs && rm -f /tmp/dtranspile-ldd /tmp/dtranspile-ldd.libs

FROM ruby:2.6.5-slim
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 nodejs && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=builder /usr/local/bundle /usr/local/bundle
COPY --from=builder /app /app
COPY --from=builder /opt/runtime-libraries /opt/runtime-libraries
# libraries of the full builder image the compiled modules load, where the slim runner has none of its own
RUN ldconfig -p > /tmp/ld.so.list && for path in /opt/runtime-libraries/*; do lib="${path##*/}"; [ ! -e "$path" ] || grep -q "^[[:space:]]*$lib " /tmp/ld.so.list || mv "$path" /usr/local/lib/ || exit 1; done && rm -rf /opt/runtime-libraries /tmp/ld.so.list && ldconfig
# the programs the command runs, from the runner's packages: a missing one fails the build, not the container
RUN command -v bundle >/dev/null
ENV RAILS_ENV=production
EXPOSE 3000
CMD bundle exec rake db:migrate && bundle exec puma -C config/puma.rb
