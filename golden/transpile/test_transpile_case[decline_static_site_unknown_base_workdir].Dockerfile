# jekyll/jekyll works in /srv/jekyll, an image with no record here: the site it builds
# relative to that WORKDIR is not at /_site, so the rewrite declines
FROM jekyll/jekyll:4
COPY . .
RUN jekyll build
EXPOSE 4000
CMD ["jekyll", "serve"]
