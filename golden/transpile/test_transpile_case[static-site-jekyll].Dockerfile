FROM ruby:3.2 AS builder
WORKDIR /site
COPY Gemfile Gemfile.lock ./
RUN bundle install
COPY . .
RUN bundle exec jekyll build -d /site/out

FROM nginx:alpine
WORKDIR /site
COPY --from=builder /site/out /usr/share/nginx/html
EXPOSE 80
CMD ["nginx", "-g", "daemon off;"]
