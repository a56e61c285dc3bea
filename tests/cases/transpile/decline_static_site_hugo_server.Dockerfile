# a server that regenerates the site at run time: nginx would serve a fixed copy, declined
FROM klakegg/hugo:0.111.3-ext-alpine
WORKDIR /src
COPY . .
RUN hugo --minify
EXPOSE 1313
CMD ["hugo", "server", "--bind", "0.0.0.0"]
