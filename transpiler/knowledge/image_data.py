"""The adapter between the generated image data (``official.resolve``: what each
published tag was, read from the official images' manifests and Dockerfiles) and the
hand-written family records of ``images``: ``image_facts`` asks it after the record.

The data wins where both describe the same thing, because it was read from the image
itself and the record only guesses from the tag's words: the distribution and release
(``rust:1.43`` is buster, ``node:carbon`` stretch, ``python:3`` the newest Debian
release on the data's date), the C library, the image's ENV, WORKDIR, USER and
ENTRYPOINT, and the language versions (``PYTHON_VERSION``, ``NODE_VERSION``,
``JAVA_VERSION``).  The record keeps what the data does not hold: the programs an image
provides, its users, toolchains, shell, CA certificates (but for an Alpine root file
system's bundle, which ``alpine_rootfs`` read from the image), and everything about the
runner-only images (scratch, distroless: the data knows their Debian release but they
have no distribution a package can be installed with, so they stay without one).

Where a record's tag word and the data name one release in two spellings
(``ubuntu:22.04`` and ``jammy``, ``alpine:3.20.1`` and ``3.20``), the tag's spelling
is kept: it is the one a runner tag is written with, and a pinned builder then gets an
equally pinned runner."""

from __future__ import annotations

import dataclasses
from typing import Optional

from . import alpine_rootfs, official
from .distributions import distribution
from .images import DISTROLESS_USERS
from .references import split_reference

#: distributions the data names -> the record the package tables keep for them
#: (CentOS, Rocky, Alma, Fedora, Amazon Linux and Oracle Linux are RPM distributions
#: with yum/dnf, bash and shadow's user tools: the ``rhel`` record)
_RPM = frozenset({"centos", "rockylinux", "almalinux", "fedora", "amazonlinux", "oraclelinux",
                  "rhel", "ubi"})


def record_name(data_distribution: Optional[str]) -> Optional[str]:
    """The distribution record a data distribution name is described by."""
    if data_distribution in _RPM:
        return "rhel"
    return data_distribution if distribution(data_distribution) is not None else None


def with_data(reference: str, facts):
    """``facts`` (from the family record, or unknown) completed and corrected with the
    data's answer for ``reference``; unchanged when the data does not know it."""
    try:
        data = official.resolve(reference)
    except (ValueError, KeyError, OSError):  # a damaged data file: the record stands
        return facts
    if data is None:
        return facts
    dated = dict(versions=dict(data.versions), floating=data.floating, pin=data.pin,
                 date=data.date, data_date=data.data_date, current=data.current,
                 siblings=dict(data.siblings))
    if facts.known and facts.family is None:
        # a runner-only image (scratch, distroless): the record is the whole truth about
        # what it has; the data adds when and what it was
        return dataclasses.replace(facts, **dated)
    name = record_name(data.distribution)
    if name is None and data.distribution is not None and facts.known:
        # the data names a distribution no record describes (the .NET images on Azure
        # Linux and CBL-Mariner: RPMs with tdnf): the family record's guess (debian) is
        # wrong; the image is that distribution, whose packages no table knows, and
        # the guessed distribution's accounts are not known to be there (root is)
        name = data.distribution
        guessed = distribution(facts.family)
        if guessed is not None:
            facts = dataclasses.replace(facts, users=(facts.users - guessed.users) | {"root"})
    elif name is None:
        # the data knows the tag but not what it is built on (an image whose repository
        # was not read, ``gcc:7``): the record's guess stands, dated
        return dataclasses.replace(facts, **dated)
    record = distribution(name)  # (None: a distribution no record describes)
    config = {}
    if data.source == "dockerfile":  # the image's own configuration was read
        config = dict(env=dict(data.env), workdir=data.workdir,
                      entrypoint=tuple(data.entrypoint or ()),
                      default_user=data.user or "root")
    elif not facts.known:  # a distribution image read from its manifest: its defaults
        config = dict(env={"PATH": data.path}, workdir=data.workdir, entrypoint=(),
                      default_user="root")
    release = data.release
    if facts.known and facts.family == name and facts.release and \
            _same_release(record, facts.release, data.release):
        release = facts.release
    if not facts.known and _is_distroless(reference):
        # a distroless language image (python3-debian12, nodejs22-debian12, java17-...):
        # Debian's files without dpkg's tools and without a shell (the debug tags' busybox
        # is /busybox/sh, not the /bin/sh a RUN runs), the accounts every distroless image
        # has, and its CA bundle; the programs it provides are not listed by the data
        facts = dataclasses.replace(
            facts, known=True, shell=None, users=DISTROLESS_USERS, provides=(),
            has_ca_certificates=True)
    elif not facts.known:
        facts = dataclasses.replace(
            facts, known=True, shell="/bin/sh", users=record.users,
            provides=record.shells, has_ca_certificates="ca-certificates" in data.packages)
    own_user = (config.get("default_user") or "root").split(":")[0]
    if own_user not in ("root", "") and not own_user.isdigit():
        # (the image starts as its USER, which names an account it has: a name the
        # image lacks would fail every container of it at start)
        facts = dataclasses.replace(facts, users=facts.users | {own_user})
    if data.users:  # (accounts its build creates, as read by its data module)
        facts = dataclasses.replace(facts, users=facts.users | frozenset(data.users))
    # the image's own ENTRYPOINT/CMD program, named by its path in the image's
    # Dockerfile (phusion/baseimage's /sbin/my_init): the image has it
    own = tuple(p for p in ((data.entrypoint or ())[:1] + (data.cmd or ())[:1])
                if p.startswith("/") and p not in facts.provides) \
        if data.source == "dockerfile" else ()
    own += tuple(p for p in data.programs if p not in facts.provides + own)
    if data.distribution == "alpine" and not facts.has_ca_certificates and \
            alpine_rootfs.has_ca_bundle(data.release, data.distribution_version):
        # Alpine's root file system has the CA bundle (ca-certificates-bundle, which
        # apk-tools needs) from 3.13 on, whatever the image built on it installs
        facts = dataclasses.replace(facts, has_ca_certificates=True)
    return dataclasses.replace(facts, family=name, release=release,
                               libc=data.libc or (record.libc if record else facts.libc),
                               provides=facts.provides + own,
                               **config, **dated)


def _is_distroless(reference: str) -> bool:
    """Whether ``reference`` names one of the distroless images (no shell, no dpkg)."""
    return split_reference(reference)[0].startswith("gcr.io/distroless/")


def _same_release(record, tag_word: str, data_release: Optional[str]) -> bool:
    """Whether the record's release word and the data's name one release (``22.04`` and
    ``jammy``; ``3.20.1`` and ``3.20``)."""
    if not data_release:
        return False
    if tag_word == data_release or record.release_of(tag_word) == data_release:
        return True
    return tag_word.startswith(data_release + ".")

