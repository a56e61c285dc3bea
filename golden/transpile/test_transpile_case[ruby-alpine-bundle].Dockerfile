# An alpine ruby build: the runner is the same tag; the compilers and -dev packages
# stay behind and the runtime packages of the -dev ones (libpq) are installed again,
# with libstdc++ and libgcc, which g++ (build-base) links C++ gem extensions against
FROM ruby:2.6-alpine3.10 AS builder
RUN apk add --no-cache build-base postgresql-dev tzdata
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle install --jobs 4

FROM ruby:2.6-alpine3.10
RUN apk add --no-cache libatomic libgcc libgomp libpq libstdc++ tzdata
WORKDIR /app
COPY --from=builder /usr/local/bundle /usr/local/bundle
COPY --from=builder /app /app
COPY . .
CMD ["bundle", "exec", "rackup", "-o", "0.0.0.0"]
