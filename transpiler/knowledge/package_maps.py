"""Which runtime package carries the library of a ``-dev`` package, per package
manager's naming: Debian/Ubuntu, Alpine, RHEL.  Data only; ``Distribution.runtime_of``
reads it.

For Debian and Ubuntu the generated data (``runtime_packages``, read from each
release's package index by ``datagen/runtime_packages.py``) answers first; ``APT`` here
is kept only for the archived releases whose indexes were out of reach when the data
was generated (jessie, stretch, buster, trusty): every entry it had for a release the
data covers was checked against the data and dropped (the data agreed, named more of
the source's libraries, or showed the table wrong: libzstd0, libsodium18 and
libjson-c2 on xenial, libmysqlclient21 for default-libmysqlclient-dev on noble)."""

from __future__ import annotations

from typing import Dict, Union

# Debian/Ubuntu runtime package per -dev package on the releases the generated data
# does not cover.  A string = the same name on each of them (ARCHIVED); a dict = per
# release (missing release = unknown).

#: the releases this table speaks for: the generated data has no index of them
ARCHIVED = ("jessie", "stretch", "buster", "trusty")

APT: Dict[str, Union[str, Dict[str, str]]] = {
    "libpq-dev": "libpq5",
    "libxml2-dev": "libxml2",
    "libxslt1-dev": "libxslt1.1",
    "libxslt-dev": "libxslt1.1",
    "zlib1g-dev": "zlib1g",
    "libz-dev": "zlib1g",  # the name zlib1g-dev provides
    "libsqlite3-dev": "libsqlite3-0",
    "libyaml-dev": "libyaml-0-2",
    "libgmp-dev": "libgmp10",
    "libexpat1-dev": "libexpat1",
    "uuid-dev": "libuuid1",
    "libbz2-dev": "libbz2-1.0",
    "liblzma-dev": "liblzma5",
    "libzstd-dev": "libzstd1",
    "liblz4-dev": "liblz4-1",
    "libpcre3-dev": "libpcre3",
    "libpcre2-dev": "libpcre2-8-0",
    "libjansson-dev": "libjansson4",
    "libsystemd-dev": "libsystemd0",
    "libudev-dev": "libudev1",
    "libusb-1.0-0-dev": "libusb-1.0-0",
    # (trusty and jessie have libzmq3, xenial's index shows libsodium18 where this table
    # said libsodium23 for every release: kept only where the names were not in doubt)
    "libzmq3-dev": {"stretch": "libzmq5", "buster": "libzmq5"},
    "libsodium-dev": {"buster": "libsodium23"},
    "libcap-dev": "libcap2",
    "libseccomp-dev": "libseccomp2",
    "libfreetype6-dev": "libfreetype6",
    "libfreetype-dev": "libfreetype6",
    "libmagic-dev": "libmagic1",
    "libuv1-dev": "libuv1",
    "libglib2.0-dev": "libglib2.0-0",
    "libpng-dev": {"jessie": "libpng12-0", "trusty": "libpng12-0", "stretch": "libpng16-16",
                   "buster": "libpng16-16"},
    "libjpeg-dev": {"trusty": "libjpeg8", "jessie": "libjpeg62-turbo",
                    "stretch": "libjpeg62-turbo", "buster": "libjpeg62-turbo"},
    "libjpeg62-turbo-dev": {"jessie": "libjpeg62-turbo", "stretch": "libjpeg62-turbo",
                            "buster": "libjpeg62-turbo"},
    "libjpeg-turbo8-dev": {"trusty": "libjpeg-turbo8"},
    "libssl-dev": {"jessie": "libssl1.0.0", "trusty": "libssl1.0.0", "stretch": "libssl1.1",
                   "buster": "libssl1.1"},
    "libffi-dev": "libffi6",
    # (stretch left out: its curl 7.52 predates Debian's libcurl3 -> libcurl4 rename)
    "libcurl4-openssl-dev": {"jessie": "libcurl3", "trusty": "libcurl3", "buster": "libcurl4"},
    "libreadline-dev": {"jessie": "libreadline6", "trusty": "libreadline6",
                        "stretch": "libreadline7", "buster": "libreadline7"},
    "libevent-dev": {"jessie": "libevent-2.0-5", "stretch": "libevent-2.0-5",
                     "trusty": "libevent-2.0-5", "buster": "libevent-2.1-6"},
    "libjson-c-dev": {"jessie": "libjson-c2", "trusty": "libjson-c2", "stretch": "libjson-c3",
                      "buster": "libjson-c3"},
    "default-libmysqlclient-dev": {"jessie": "libmysqlclient18", "stretch": "libmariadbclient18",
                                   "buster": "libmariadb3"},
}

#: Alpine -dev packages whose runtime package is not the name without ``-dev``
APK = {
    "jpeg-dev": "libjpeg-turbo",
    "libjpeg-turbo-dev": "libjpeg-turbo",
    "postgresql-dev": "libpq",
    "mariadb-dev": "mariadb-connector-c",
    "mariadb-connector-c-dev": "mariadb-connector-c",
    "openssl-dev": "openssl",
    "libressl-dev": "libressl",
    "curl-dev": "libcurl",
    "libxml2-dev": "libxml2",
    "ncurses-dev": "ncurses-libs",
    "readline-dev": "readline",
    "sqlite-dev": "sqlite-libs",
    "zlib-dev": "zlib",
    "libffi-dev": "libffi",
    "libpq-dev": "libpq",
    "boost-dev": "boost",
    "protobuf-dev": "protobuf",
    "icu-dev": "icu-libs",
    "krb5-dev": "krb5-libs",
    "glib-dev": "glib",
    "gmp-dev": "gmp",
    "yaml-dev": "yaml",
    "pcre-dev": "pcre",
    "pcre2-dev": "pcre2",
    "libevent-dev": "libevent",
    "libuv-dev": "libuv",
    "libsodium-dev": "libsodium",
    "zeromq-dev": "libzmq",
    "libxslt-dev": "libxslt",
    "libpng-dev": "libpng",
    "freetype-dev": "freetype",
    "zstd-dev": "zstd-libs",
    "lz4-dev": "lz4-libs",
    "xz-dev": "xz-libs",
    "bzip2-dev": "libbz2",
    "expat-dev": "expat",
    "util-linux-dev": "libuuid",
    "libcap-dev": "libcap",
    "libseccomp-dev": "libseccomp",
    "jansson-dev": "jansson",
    "hiredis-dev": "hiredis",
    "json-c-dev": "json-c",
    "libusb-dev": "libusb",
}


#: RHEL -devel packages whose runtime package is not the name without ``-devel``
RPM = {"openssl": "openssl-libs", "postgresql": "libpq"}


#: packages an apt (Debian/Ubuntu) build installs, by their apk (Alpine) name, for a
#: runner of the other family (a static Go binary on alpine built on golang:bookworm);
#: only names checked in both archives: a package not here cannot be carried across
APT_TO_APK: Dict[str, str] = {
    "ca-certificates": "ca-certificates", "tzdata": "tzdata", "curl": "curl",
    "wget": "wget", "bash": "bash", "openssl": "openssl", "jq": "jq", "tini": "tini",
    "unzip": "unzip", "zip": "zip", "rsync": "rsync", "file": "file", "less": "less",
    "nano": "nano", "vim": "vim", "sudo": "sudo", "gzip": "gzip", "tar": "tar",
    "bzip2": "bzip2", "xz-utils": "xz", "openssh-client": "openssh-client",
    "netcat-openbsd": "netcat-openbsd", "iputils-ping": "iputils", "dumb-init": "dumb-init",
    "mime-support": "mailcap", "media-types": "mailcap", "tree": "tree",
    "python3": "python3", "git": "git",
}
#: and back, for an alpine build with a Debian runner
APK_TO_APT: Dict[str, str] = {apk: apt for apt, apk in APT_TO_APK.items()
                              if apt not in ("mime-support",)}
