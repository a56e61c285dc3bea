# the packages the captured RUN installs are named by shell variables it assigns itself
# (buildDeps/runtimeDeps, as the official images' RUNs do) and by an ENV: their values
# are read (no longer declined as "named by a variable"), the runner installs the
# run-time ones (graphviz, ruby-sass, aspell) and leaves build-essential in the builder
FROM acme/docs-base:latest
ENV SASS_PKG ruby-sass
RUN buildDeps=' \
        build-essential \
        cpanminus \
    ' \
    runtimeDeps=" \
        graphviz \
        $SASS_PKG \
    " \
    && set -x \
    && apt-get update \
    && apt-get --yes --no-install-recommends install $buildDeps $runtimeDeps aspell \
    && rm -rf /var/lib/apt/lists/* \
    && cpanm -vn Mojolicious
WORKDIR /srv/doc
COPY . .
RUN make html
EXPOSE 3000
CMD ["morbo", "-l", "http://0.0.0.0:3000", "app.pl"]
