"""Which runtime package carries the library of a ``-dev`` package, per package
manager's naming: Debian/Ubuntu (per release: sonames and the 64-bit time_t renames
change names), Alpine, RHEL.  Data only; ``Distribution.runtime_of`` reads it."""

from __future__ import annotations

from typing import Dict, Iterable, Optional, Union

from .releases import DEBIAN, TIME64, UBUNTU

# Debian/Ubuntu runtime package per -dev package.  A string = the same name on every
# release the tables know; a dict = per release (missing release = unknown).


def _per_release(old: Dict[str, Iterable[str]], default: Optional[str] = None,
                 t64: Optional[str] = None) -> Dict[str, str]:
    out: Dict[str, str] = {}
    for name, releases in old.items():
        for rel in releases:
            out[rel] = name
    for rel in DEBIAN + UBUNTU:
        if rel in TIME64 and t64:
            out[rel] = t64
        elif rel not in out and default:
            out[rel] = default
    return out


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
    "libzmq3-dev": "libzmq5",
    "libsodium-dev": "libsodium23",
    "libcap-dev": "libcap2",
    "libseccomp-dev": "libseccomp2",
    "libfreetype6-dev": "libfreetype6",
    "libfreetype-dev": "libfreetype6",
    "libmagic-dev": _per_release({}, "libmagic1", t64="libmagic1t64"),
    "libuv1-dev": _per_release({}, "libuv1", t64="libuv1t64"),
    "libglib2.0-dev": _per_release({}, "libglib2.0-0", t64="libglib2.0-0t64"),
    "libpng-dev": _per_release({"libpng12-0": ("jessie", "trusty", "xenial")}, "libpng16-16",
                               t64="libpng16-16t64"),
    "libjpeg-dev": _per_release({"libjpeg8": UBUNTU}, "libjpeg62-turbo"),
    "libjpeg62-turbo-dev": "libjpeg62-turbo",
    "libjpeg-turbo8-dev": "libjpeg-turbo8",
    "libssl-dev": _per_release({"libssl1.0.0": ("jessie", "trusty", "xenial"),
                                "libssl1.1": ("stretch", "buster", "bullseye", "bionic",
                                              "focal"),
                                "libssl3": ("bookworm", "jammy")}, t64="libssl3t64"),
    "libffi-dev": _per_release({"libffi6": ("jessie", "stretch", "buster", "trusty", "xenial",
                                            "bionic"),
                                "libffi7": ("bullseye", "focal"),
                                "libffi8": ("bookworm", "jammy", "trixie", "noble")}),
    "libcurl4-openssl-dev": _per_release({"libcurl3": ("jessie", "trusty", "xenial")},
                                         "libcurl4", t64="libcurl4t64"),
    "libreadline-dev": _per_release({"libreadline6": ("jessie", "trusty", "xenial"),
                                     "libreadline7": ("stretch", "buster", "bionic")},
                                    "libreadline8", t64="libreadline8t64"),
    "libevent-dev": _per_release({"libevent-2.0-5": ("jessie", "stretch", "trusty", "xenial"),
                                  "libevent-2.1-6": ("buster", "bionic")},
                                 "libevent-2.1-7", t64="libevent-2.1-7t64"),
    "libjson-c-dev": _per_release({"libjson-c2": ("jessie", "trusty"),
                                   "libjson-c3": ("stretch", "xenial", "bionic"),
                                   "libjson-c4": ("focal",)}, "libjson-c5"),
    "default-libmysqlclient-dev": _per_release({"libmysqlclient18": ("jessie",),
                                                "libmariadbclient18": ("stretch",),
                                                "libmysqlclient20": ("xenial", "bionic"),
                                                "libmysqlclient21": ("focal", "jammy")},
                                               "libmariadb3", t64="libmariadb3"),
    "libmysqlclient-dev": {"xenial": "libmysqlclient20", "bionic": "libmysqlclient20",
                           "focal": "libmysqlclient21", "jammy": "libmysqlclient21",
                           "noble": "libmysqlclient21"},
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
