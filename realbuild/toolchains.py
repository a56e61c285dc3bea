"""Containerfiles of the images that are Debian packages on a Debian base: the builders
(golang, rust, gcc, node, python, maven) and the interpreter/server runners (node and
python slim, eclipse-temurin JRE, nginx), each for the Debian release whose packages
give the version in its tag: Debian ships one version per release, so ``golang:1.19`` is
bookworm's golang-go and ``golang:1.24-trixie`` trixie's.

Builders trust the machine's extra CA certificates (PyPI and npm are reached through a
TLS-intercepting proxy); the official images' entrypoint scripts are not reproduced
(they only exec their arguments)."""

from __future__ import annotations

#: the version each Debian release packages, by toolchain
VERSIONS = {
    "go": {"bullseye": "1.15", "bookworm": "1.19", "trixie": "1.24"},
    "rust": {"bullseye": "1.48", "bookworm": "1.63", "trixie": "1.85"},
    "gcc": {"bullseye": "10", "bookworm": "12", "trixie": "14"},
    "node": {"bullseye": "12", "bookworm": "18", "trixie": "20"},
    "python": {"bullseye": "3.9", "bookworm": "3.11", "trixie": "3.13"},
    "java": {"bullseye": "17", "bookworm": "17", "trixie": "21"},
    "ruby": {"bookworm": "3.1"},
}

PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"


def _apt(packages: str) -> str:
    return apt_install(packages)


def apt_install(packages: str) -> str:
    """A RUN installing ``packages`` from the release's archive, without Recommends."""
    return ("RUN apt-get update \\\n"
            f" && apt-get install -y --no-install-recommends {packages} \\\n"
            " && rm -rf /var/lib/apt/lists/*\n")


def golang(release: str) -> str:
    # buildpack-deps:*-scm (its stand-in: git, ssh, curl, wget ... which a Go program may
    # start, and the rewrite without the sources keeps) plus g++, gcc, libc6-dev, make,
    # pkg-config, as the official image (docker-library/golang's Dockerfile: cgo may
    # compile C++ files)
    return (f"FROM docker.io/library/buildpack-deps:{release}-scm\n"
            + _apt("golang-go g++ gcc libc6-dev make pkg-config")
            + "ENV GOPATH=/go\n"
            f"ENV PATH=/go/bin:/usr/lib/go/bin:{PATH}\n"
            "# no module proxy is reachable here; samples take no dependencies\n"
            "ENV GOPROXY=off\n"
            "RUN mkdir -p /go/src /go/bin && chmod -R 1777 /go\n"
            "WORKDIR /go\n")


def golang_alpine(release: str) -> str:
    # golang's alpine images are Go's own release build (static go, compile, link ...) in
    # /usr/local/go on alpine, with GOPATH=/go and GOTOOLCHAIN=local; Debian's Go binaries
    # are static too, so the release's toolchain runs on the alpine:3.20 stand-in as is.
    # Its lib, src ... are links into /usr/share: copied dereferenced, so /usr/local/go is
    # one tree as in the official image (lib/time/zoneinfo.zip included, which a program
    # reads where alpine has no tzdata).  No gcc: cgo is off (Go disables it without a C
    # compiler), as in the official image
    go = VERSIONS["go"][release]
    return (f"FROM docker.io/library/golang:{go}-{release} AS go\n"
            f"RUN cp -aL /usr/lib/go-{go} /goroot\n"
            "FROM docker.io/library/alpine:3.20\n"
            "COPY --from=go /goroot /usr/local/go\n"
            "ENV GOTOOLCHAIN=local\n"
            "ENV GOPATH=/go\n"
            f"ENV PATH=/go/bin:/usr/local/go/bin:{PATH}\n"
            "# no module proxy is reachable here; samples take no dependencies\n"
            "ENV GOPROXY=off\n"
            'RUN mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH"\n'
            "WORKDIR /go\n")


def gcc(release: str) -> str:
    # the official image builds GCC into /usr/local: its libstdc++/libgcc_s live in
    # /usr/local/lib64 (owned by no package), put first by 000-local-lib.conf; here the
    # release's own copies stand there, so a program links them from the same place
    return (f"FROM docker.io/library/debian:{release}\n"
            + _apt("ca-certificates gcc g++ make libc6-dev")
            + "RUN mkdir -p /usr/local/lib64 \\\n"
            " && cp -L \"$(g++ -print-file-name=libstdc++.so.6)\" "
            "\"$(gcc -print-file-name=libgcc_s.so.1)\" /usr/local/lib64/ \\\n"
            " && { echo /usr/local/lib64; echo /usr/local/lib; } "
            "> /etc/ld.so.conf.d/000-local-lib.conf \\\n"
            " && ldconfig\n" + 'CMD ["bash"]\n')


def rust(release: str) -> str:
    # the official rust image is on buildpack-deps (gcc, make, pkg-config, -dev libraries):
    # of its -dev packages, those Rust crates link most (diesel's pq-sys, rusqlite's
    # libsqlite3-sys, openssl-sys), so a program links them with nothing in the Dockerfile
    return (f"FROM docker.io/library/debian:{release}\n"
            + _apt("ca-certificates rustc cargo gcc libc6-dev make pkg-config "
                   "libpq-dev libsqlite3-dev libssl-dev")
            + "ENV CARGO_HOME=/usr/local/cargo\n"
            f"ENV PATH=/usr/local/cargo/bin:{PATH}\n"
            "RUN mkdir -p /usr/local/cargo/bin && chmod -R 1777 /usr/local/cargo\n")


def node(release: str) -> str:
    # the official image is on buildpack-deps (g++, make, python3: what node-gyp needs);
    # Debian's npm depends on node-gyp and libnode-dev, so addons build against the
    # installed headers without downloading them
    return (f"FROM docker.io/library/debian:{release}\n"
            + _apt("ca-certificates nodejs npm g++ make python3")
            + "ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt\n"
            'CMD ["node"]\n')


def node_slim(release: str) -> str:
    # nodejs, and npm as the official slim image ships it (`npm start` runs there): Debian's
    # npm depends on node-gyp and a compiler, so its files (/usr/share/nodejs: npm and
    # the node-* modules it loads) are copied from the full stand-in instead of installed
    full = f"docker.io/library/node:{VERSIONS['node'][release]}-{release}"
    return (f"FROM {full} AS npm\n"
            f"FROM docker.io/library/debian:{release}-slim\n" + _apt("nodejs")
            + "COPY --from=npm /usr/share/nodejs /usr/share/nodejs\n"
            "RUN ln -s ../share/nodejs/npm/bin/npm-cli.js /usr/bin/npm \\\n"
            " && ln -s ../share/nodejs/npm/bin/npx-cli.js /usr/bin/npx\n"
            'CMD ["node"]\n')


def _python_layout(v: str) -> str:
    # the official python images install Python under /usr/local: pip (no PEP 668
    # marker) writes to /usr/local/lib/pythonX.Y/site-packages (Debian's dist-packages
    # is a symlink to it) and console scripts to /usr/local/bin; `python` and `pip` exist
    return (f"RUN rm -f /usr/lib/python{v}/EXTERNALLY-MANAGED \\\n"
            f" && mkdir -p /usr/local/lib/python{v}/site-packages \\\n"
            f" && rm -rf /usr/local/lib/python{v}/dist-packages \\\n"
            f" && ln -s site-packages /usr/local/lib/python{v}/dist-packages\n"
            "ENV PYTHONDONTWRITEBYTECODE=1\n"
            "ENV LANG=C.UTF-8\n"
            'CMD ["python3"]\n')


def python(release: str) -> str:
    v = VERSIONS["python"][release]
    return (f"FROM docker.io/library/debian:{release}\n"
            + _apt("ca-certificates python3 python3-pip python3-venv python3-dev "
                   "python3-setuptools python3-wheel python-is-python3 gcc libc6-dev git")
            + "ENV PIP_CERT=/etc/ssl/certs/ca-certificates.crt\n" + _python_layout(v))


def python_slim(release: str) -> str:
    # the official slim images have pip of their own (ensurepip's, in
    # /usr/local/lib/pythonX.Y/site-packages, its scripts in /usr/local/bin), and below
    # 3.12 setuptools 79.0.1 and wheel<0.46 (docker-library/python's versions.json and
    # Dockerfile template, 2026-06); a build on python:3.11-slim runs `pip install`.
    # Debian disables ensurepip for its python3; the release's own pip wheel (which
    # python3-venv brings, as venv needs it) installs itself, offline, to /usr/local,
    # dist-packages being the link to site-packages
    v = VERSIONS["python"][release]
    older = tuple(map(int, v.split("."))) < (3, 12)
    return (f"FROM docker.io/library/debian:{release}-slim\n"
            # (netbase and tzdata: the official slim images install them with ca-certificates)
            + _apt("ca-certificates netbase tzdata python3 python3-venv python-is-python3")
            + _python_layout(v)
            + "ENV PIP_CERT=/etc/ssl/certs/ca-certificates.crt\n"
            "RUN whl=$(ls /usr/share/python-wheels/pip-*.whl) \\\n"
            ' && python3 "$whl/pip" install --no-cache-dir --no-index '
            '--disable-pip-version-check "$whl" \\\n'
            + (" && python3 -m pip install --no-cache-dir --disable-pip-version-check "
               "'setuptools==79.0.1' 'wheel<0.46' \\\n" if older else "")
            + f" && test -f /usr/local/lib/python{v}/site-packages/pip/__init__.py \\\n"
            " && test -x /usr/local/bin/pip && test -x /usr/local/bin/pip3 \\\n"
            " && rm -rf /root/.cache\n")


def official_site_packages() -> str:
    # what the official python:3.11.4 images install with get-pip into their own
    # /usr/local/lib/python3.11/site-packages (Debian's python3 reads it as dist-packages,
    # a link to it): Debian's pip installs there by default, and --ignore-installed leaves
    # Debian's own copies in /usr/lib/python3/dist-packages alone
    return ("RUN python3 -m pip install --no-cache-dir --ignore-installed --no-deps "
            "pip==23.1.2 setuptools==65.5.1 wheel==0.40.0 \\\n"
            " && test -f /usr/local/lib/python3.11/site-packages/pip/__init__.py \\\n"
            " && test -x /usr/local/bin/pip\n")


def _ruby_layout() -> str:
    # the official ruby images: gems, their executables and bundler's settings in
    # GEM_HOME=/usr/local/bundle (BUNDLE_APP_CONFIG), whose bin/ is first on PATH; Debian's
    # rubygems honours GEM_HOME (installs there, executables in its bin/)
    return ("ENV LANG=C.UTF-8\n"
            "ENV GEM_HOME=/usr/local/bundle\n"
            "ENV BUNDLE_SILENCE_ROOT_WARNING=1 BUNDLE_APP_CONFIG=/usr/local/bundle\n"
            f"ENV PATH=/usr/local/bundle/bin:{PATH}\n"
            "RUN mkdir -p /usr/local/bundle && chmod 1777 /usr/local/bundle\n"
            'CMD ["irb"]\n')


def ruby(release: str) -> str:
    # the official image is on buildpack-deps: compilers and -dev libraries (libpq,
    # libsqlite3 among them) that gems' extensions build against; git for git gems
    return (f"FROM docker.io/library/debian:{release}\n"
            + _apt("ca-certificates ruby ruby-dev ruby-bundler build-essential pkg-config "
                   "git libpq-dev libsqlite3-dev")
            + _ruby_layout())


def buildpack_deps(release: str) -> str:
    # buildpack-deps:<release> is the plain release with curl, wget, git, the compilers
    # and many -dev libraries from its own archive, and nothing of its own in /usr/local;
    # here a part of them (not every -dev library)
    return (f"FROM docker.io/library/debian:{release}\n"
            + _apt("ca-certificates curl wget gnupg git build-essential pkg-config "
                   "libpq-dev libsqlite3-dev libssl-dev zlib1g-dev")
            + 'CMD ["bash"]\n')


def buildpack_deps_scm(release: str) -> str:
    # buildpack-deps:<release>-scm is its -curl layer (ca-certificates curl gnupg netbase
    # sq wget; no sq on bullseye) and git, mercurial, openssh-client, subversion, procps,
    # all installed without Recommends (docker-library/buildpack-deps' Dockerfiles): the
    # image the golang images are built on, the Go runner when the sources are not read
    return (f"FROM docker.io/library/debian:{release}\n"
            + _apt("ca-certificates curl gnupg netbase wget git mercurial openssh-client "
                   "subversion procps" + ("" if release == "bullseye" else " sq"))
            + 'CMD ["bash"]\n')


def ruby_slim(release: str) -> str:
    # the official slim image builds Ruby into /usr/local with `make install`, which keeps
    # Ruby's headers and libruby.so: `gem install` of a native gem compiles there once
    # build-essential is installed.  Debian's ruby keeps them in rubyX.Y-dev, whose
    # Depends would bring -dev packages the real image lacks; its files are unpacked
    # without the package instead (headers, the libruby.so link, ruby's .pc file)
    ver = VERSIONS["ruby"][release]
    return (f"FROM docker.io/library/debian:{release}-slim\n"
            + _apt("ca-certificates ruby ruby-bundler")
            + "RUN apt-get update \\\n"
            f" && cd /tmp && apt-get download ruby{ver}-dev \\\n"
            f" && dpkg-deb -x ruby{ver}-dev_*.deb /tmp/ruby-dev \\\n"
            " && cp -a /tmp/ruby-dev/usr/include/. /usr/include/ \\\n"
            " && cp -a /tmp/ruby-dev/usr/lib/. /usr/lib/ \\\n"
            " && rm -rf /tmp/ruby-dev /tmp/*.deb /var/lib/apt/lists/*\n"
            + _ruby_layout())


#: the official php images' docker-php-entrypoint: a first argument that is an option
#: goes to php, anything else runs as it is.  One line per printf argument.
PHP_ENTRYPOINT = (
    "#!/bin/sh",
    "set -e",
    'if [ "${1#-}" != "$1" ]; then',
    '  set -- php "$@"',
    "fi",
    'exec "$@"')


def php(release: str) -> str:
    # the official php:<v>-cli-<release> image compiles PHP into /usr/local (owned by no
    # package: /usr/local/bin/php, /usr/local/lib/php, /usr/local/etc/php with
    # PHP_INI_DIR, the docker-php-* helpers) on the plain Debian release and keeps the
    # libraries it links as packages; here Debian's php-cli binary is copied there (its
    # package and libraries stay installed, which a program does not notice), so
    # /usr/local holds files of the image's own that no package owns
    entrypoint = " ".join(f"'{line}'" for line in PHP_ENTRYPOINT)
    return (f"FROM docker.io/library/debian:{release}\n"
            + _apt("ca-certificates curl xz-utils php-cli")
            + "ENV PHP_INI_DIR=/usr/local/etc/php\n"
            "RUN mkdir -p /usr/local/etc/php/conf.d /usr/local/lib/php /usr/local/include/php \\\n"
            " && cp -L /usr/bin/php /usr/local/bin/php \\\n"
            f" && printf '%s\\n' {entrypoint} > /usr/local/bin/docker-php-entrypoint \\\n"
            " && chmod 755 /usr/local/bin/docker-php-entrypoint\n"
            'ENTRYPOINT ["docker-php-entrypoint"]\n'
            'CMD ["php", "-a"]\n')


#: the package the conda stand-in has installed in /opt/conda as pip records one
#: (RECORD lists its files, so pip can uninstall it): a package of the image's own
CONDA_OWN_PACKAGE = {
    "condalib/__init__.py": 'VERSION = "1.0"\n',
    "condalib/old.py": "GONE_IN_2 = True\n",
    "condalib-1.0.dist-info/METADATA": "Metadata-Version: 2.1\nName: condalib\nVersion: 1.0\n",
    "condalib-1.0.dist-info/INSTALLER": "conda\n",
}


def unknown_python(release: str) -> str:
    # a STAND-IN for an image the transpiler's image knowledge lacks (a private or
    # vendor base image): its name is made up, so nothing about it (release, Python,
    # USER, WORKDIR, ENTRYPOINT) is in the image data.  Its Python is a virtual
    # environment of Debian's python3 in /opt/acme, first on PATH (seeing Debian's
    # setuptools and wheel), with a WORKDIR and an ENV of its own
    return (f"FROM docker.io/library/debian:{release}\n"
            + _apt("ca-certificates python3 python3-venv python3-setuptools python3-wheel")
            + "RUN python3 -m venv --system-site-packages /opt/acme\n"
            + "ENV PATH=/opt/acme/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:"
              "/sbin:/bin ACME_HOME=/opt/acme\n"
            + "WORKDIR /srv\n")


def unknown_python_user(release: str) -> str:
    # the same STAND-IN (``unknown_python``) whose default user is not root, as
    # jupyter's images run as jovyan: a Dockerfile on it must set USER root before its
    # apt-get install, and the image data says nothing of that user
    return ("FROM example.org/acme/pyapp-base:1\n"
            "RUN useradd -m -u 1000 acme\n"
            "USER acme\n")


def conda(release: str) -> str:
    # continuumio/miniconda3 installs Miniconda into /opt/conda (owned by no package,
    # first on PATH, LANG/LC_ALL C.UTF-8, CMD bash) on the plain Debian release with
    # the packages its Dockerfile lists; here /opt/conda is a virtual environment of
    # Debian's python3 (pip and setuptools in it, headers from python3-dev) holding one
    # package of its own (condalib 1.0); no conda command
    v = VERSIONS["python"][release]
    site = f"/opt/conda/lib/python{v}/site-packages"
    files = dict(CONDA_OWN_PACKAGE)
    files["condalib-1.0.dist-info/RECORD"] = "".join(
        f"{name},,\n" for name in sorted(files)) + "condalib-1.0.dist-info/RECORD,,\n"
    writes = " \\\n".join(
        f" && printf '%s' '{text.replace(chr(10), chr(92) + 'n')}' > {site}/{name}"
        .replace("printf '%s'", "printf") for name, text in files.items())
    return (f"FROM docker.io/library/debian:{release}\n"
            + _apt("ca-certificates bzip2 wget procps git python3 python3-venv python3-dev")
            + "ENV LANG=C.UTF-8 LC_ALL=C.UTF-8\n"
            f"ENV PATH=/opt/conda/bin:{PATH}\n"
            "RUN python3 -m venv /opt/conda \\\n"
            f" && mkdir -p {site}/condalib {site}/condalib-1.0.dist-info \\\n"
            + writes + "\n"
            'CMD ["/bin/bash"]\n')


# Maven Central is not reachable here: Maven resolves from Debian's packaged repository
# (/usr/share/maven-repo, filled by the lib*-plugin-java packages) through a file://
# mirror in the global settings, so a pom pins the plugin versions bookworm ships
# (compiler 3.10.1, resources 3.3.0, jar 3.3.0, surefire 2.22.3, install 3.1.0, clean
# 3.2.0).  Layout like the official maven images: mvn on PATH, MAVEN_HOME=/usr/share/maven,
# MAVEN_CONFIG=/root/.m2, LANG=C.UTF-8 (the openjdk images' setting).
MAVEN_SETTINGS = (
    '<settings><mirrors><mirror><id>debian</id><mirrorOf>*</mirrorOf>'
    '<url>file:///usr/share/maven-repo</url></mirror></mirrors></settings>')


def maven(release: str) -> str:
    j = VERSIONS["java"][release]
    return (f"FROM docker.io/library/debian:{release}\n"
            + _apt(f"ca-certificates openjdk-{j}-jdk-headless maven "
                   "libmaven-compiler-plugin-java libmaven-resources-plugin-java "
                   "libmaven-jar-plugin-java libsurefire-java libmaven-install-plugin-java "
                   "libmaven-clean-plugin-java")
            + f"ENV JAVA_HOME=/usr/lib/jvm/java-{j}-openjdk-amd64\n"
            "ENV MAVEN_HOME=/usr/share/maven\n"
            "ENV MAVEN_CONFIG=/root/.m2\n"
            "ENV LANG=C.UTF-8\n"
            f"RUN printf '%s\\n' '{MAVEN_SETTINGS}' > /usr/share/maven/conf/settings.xml\n"
            "# Maven gives a plugin that declares no plexus-utils the 1.1 one\n"
            "# (PlexusUtilsInjector); Debian ships only 2.x/3.x: serve its jar as 1.1 too\n"
            "RUN d=/usr/share/maven-repo/org/codehaus/plexus/plexus-utils/1.1 \\\n"
            " && mkdir -p $d \\\n"
            " && ln -s /usr/share/java/plexus-utils2.jar $d/plexus-utils-1.1.jar \\\n"
            " && printf '%s\\n' '<project><modelVersion>4.0.0</modelVersion><groupId>"
            "org.codehaus.plexus</groupId><artifactId>plexus-utils</artifactId><version>1.1"
            "</version></project>' > $d/plexus-utils-1.1.pom\n"
            'CMD ["mvn"]\n')


def temurin_jre(release: str) -> str:
    # eclipse-temurin:<N>-jre is Adoptium's JRE on Ubuntu (noble); this is Debian's
    # headless JRE of the same major on the release's slim image, with what Adoptium's
    # Dockerfile adds to Ubuntu (tzdata, curl, wget, fontconfig, ca-certificates, p11-kit,
    # locales with en_US.UTF-8 generated and set: Java 17 takes stdout's encoding from
    # it) and its layout (JAVA_HOME=/opt/java/openjdk on PATH).  What differs and a
    # program could notice: /etc/os-release says Debian, glibc is Debian's, the JVM is
    # Debian's build (java -version says so), /opt/java/openjdk is a symlink.
    j = VERSIONS["java"][release]
    return (f"FROM docker.io/library/debian:{release}-slim\n"
            "ENV LANG=en_US.UTF-8 LANGUAGE=en_US:en LC_ALL=en_US.UTF-8\n"
            "RUN mkdir -p /usr/share/man/man1 \\\n"
            " && apt-get update \\\n"
            " && apt-get install -y --no-install-recommends tzdata curl wget fontconfig "
            f"ca-certificates p11-kit locales openjdk-{j}-jre-headless \\\n"
            " && rm -rf /var/lib/apt/lists/* \\\n"
            " && echo 'en_US.UTF-8 UTF-8' >> /etc/locale.gen \\\n"
            " && locale-gen en_US.UTF-8 \\\n"
            " && mkdir -p /opt/java \\\n"
            f" && ln -s /usr/lib/jvm/java-{j}-openjdk-amd64 /opt/java/openjdk\n"
            "ENV JAVA_HOME=/opt/java/openjdk\n"
            f"ENV PATH=/opt/java/openjdk/bin:{PATH}\n"
            'CMD ["jshell"]\n')


# nginx laid out like the official nginx image: Debian's nginx, the default server on
# port 80 serving /usr/share/nginx/html (not Debian's /var/www/html), logs to the
# container's stdout/stderr, `nginx -g 'daemon off;'`.  Also the stand-in for
# nginx:alpine (the one stand-in not of the image's own distribution: the table says so).
NGINX_DEFAULT_CONF = (
    "server {\\n"
    "    listen 80;\\n"
    "    listen [::]:80;\\n"
    "    server_name localhost;\\n"
    "    location / {\\n"
    "        root /usr/share/nginx/html;\\n"
    "        index index.html index.htm;\\n"
    "    }\\n"
    "}\\n")


#: the official image's /docker-entrypoint.sh, reduced to what a program notices: when the
#: command is nginx, /etc/nginx/templates/*.template are filled with the variables the
#: environment defines (envsubst, only those, as 20-envsubst-on-templates.sh) into
#: /etc/nginx/conf.d, then the command runs.  One line per printf argument.
NGINX_ENTRYPOINT = (
    "#!/bin/sh",
    "set -e",
    'if [ "$1" = nginx ] || [ "$1" = nginx-debug ]; then',
    "  if [ -d /etc/nginx/templates ]; then",
    '    defined=$(env | cut -d= -f1 | sed "s/.*/\\${&}/" | tr "\\n" " ")',
    "    for t in /etc/nginx/templates/*.template; do",
    '      [ -f "$t" ] || continue',
    '      envsubst "$defined" < "$t" > "/etc/nginx/conf.d/$(basename "$t" .template)"',
    "    done",
    "  fi",
    "fi",
    'exec "$@"')


def nginx(release: str) -> str:
    entrypoint = " ".join(f"'{line}'" for line in NGINX_ENTRYPOINT)
    return (f"FROM docker.io/library/debian:{release}-slim\n"
            "RUN apt-get update \\\n"
            " && apt-get install -y --no-install-recommends nginx gettext-base \\\n"
            " && rm -rf /var/lib/apt/lists/* \\\n"
            " && rm -f /etc/nginx/sites-enabled/default \\\n"
            f" && printf '{NGINX_DEFAULT_CONF}' > /etc/nginx/conf.d/default.conf \\\n"
            " && mkdir -p /usr/share/nginx/html \\\n"
            " && ln -sf /dev/stdout /var/log/nginx/access.log \\\n"
            " && ln -sf /dev/stderr /var/log/nginx/error.log \\\n"
            f" && printf '%s\\n' {entrypoint} > /docker-entrypoint.sh \\\n"
            " && chmod 755 /docker-entrypoint.sh\n"
            'ENTRYPOINT ["/docker-entrypoint.sh"]\n'
            "EXPOSE 80\n"
            "STOPSIGNAL SIGQUIT\n"
            'CMD ["nginx", "-g", "daemon off;"]\n')


def files(release: str) -> str:
    """Not a base image: the packages the distroless and alpine stand-ins copy files
    from, installed in the release (musl and busybox-static only where the alpine
    stand-in takes them: trixie, whose musl 1.2.5 is alpine 3.20's)."""
    extra = " musl busybox-static" if release == "trixie" else ""
    libssl = {"bullseye": "libssl1.1", "bookworm": "libssl3", "trixie": "libssl3t64"}[release]
    legacy = " tzdata-legacy" if release == "trixie" else ""
    return (f"FROM docker.io/library/debian:{release}\n"
            "RUN apt-get update \\\n"
            " && apt-get install -y --no-install-recommends ca-certificates tzdata netbase "
            f"{libssl} libgcc-s1 libgomp1 libstdc++6{extra} \\\n"
            f" && apt-get download --print-uris tzdata{legacy} | cut -d\"'\" -f2 > /tzdata-urls \\\n"
            " && rm -rf /var/lib/apt/lists/*\n")
