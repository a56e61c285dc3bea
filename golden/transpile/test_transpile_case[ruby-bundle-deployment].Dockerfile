# `bundle install --deployment` puts the gems in the app's vendor/bundle and its
# settings in $BUNDLE_APP_CONFIG/config (/usr/local/bundle/config on the official
# images): both directories go to the runner whole, at the same paths
# (the app's Gemfile.lock, read from the build context, locks no gem that runs a
# program of the full image: without it the rewrite is declined)
FROM ruby:3.1-bookworm AS builder
WORKDIR /srv/app
COPY Gemfile Gemfile.lock ./
RUN bundle install --deployment --without development && mkdir -p /opt/runtime-libraries && find /usr/local/bundle /srv/app -type f \( -name '*.so' -o -name '*.so.*' -o -name '*.node' -o \( -perm -u+x ! -name '*.js' ! -name '*.py' ! -name '*.sh' \) \) -exec ldd {} \; > /tmp/dtranspile-ldd 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\/(usr\/)?lib\// && $1 !~ /^(libc|libm|libdl|libpthread|librt|libresolv|libutil|libnsl|libanl|libcrypt|libmvec|libBrokenLocale|libthread_db|ld-linux[^.]*)[.]so/ && !seen[$1]++ { print $3 }' /tmp/dtranspile-ldd > /tmp/dtranspile-ldd.libs && xargs -r cp -L -t /opt/runtime-libraries < /tmp/dtranspile-ldd.libs && rm -f /tmp/dtranspile-ldd /tmp/dtranspile-ldd.libs

FROM ruby:3.1-slim-bookworm
WORKDIR /srv/app
COPY --from=builder /usr/local/bundle /usr/local/bundle
COPY --from=builder /srv/app /srv/app
COPY --from=builder /opt/runtime-libraries /opt/runtime-libraries
# libraries of the full builder image the compiled modules load, where the slim runner has none of its own
RUN ldconfig -p > /tmp/ld.so.list && for path in /opt/runtime-libraries/*; do lib="${path##*/}"; [ ! -e "$path" ] || grep -q "^[[:space:]]*$lib " /tmp/ld.so.list || mv "$path" /usr/local/lib/ || exit 1; done && rm -rf /opt/runtime-libraries /tmp/ld.so.list && ldconfig
COPY . .
USER nobody
CMD ["bundle", "exec", "ruby", "server.rb"]
