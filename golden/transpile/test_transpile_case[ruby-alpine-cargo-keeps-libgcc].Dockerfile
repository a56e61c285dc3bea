# ruby:alpine compiling a gem's Rust extension (rb_sys) with Alpine's rust and cargo:
# rust depends on gcc, which brings libgcc, and the extension links libgcc_s.so.1 (Rust
# on musl without crt-static); the ruby alpine image need not have it, so the runner
# installs libgcc with gcc's other runtime libraries
FROM ruby:3.3-alpine AS builder
RUN apk add --no-cache rust cargo clang-dev make
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle install

FROM ruby:3.3-alpine
RUN apk add --no-cache libatomic libgcc libgomp
WORKDIR /app
COPY --from=builder /usr/local/bundle /usr/local/bundle
COPY --from=builder /app /app
COPY . .
CMD ["ruby", "app.rb"]
