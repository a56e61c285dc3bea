"""Distribution releases and how image tags name them: Debian codenames, Ubuntu
codenames and version numbers, Alpine versions.  Written here once; every table keyed
by release (package maps, image tags, runner choice) reads these."""

from __future__ import annotations

import re
from typing import Dict, Optional

#: Debian releases, oldest first, as the official images' tags name them
DEBIAN = ("jessie", "stretch", "buster", "bullseye", "bookworm", "trixie")
#: Ubuntu LTS releases: version number -> codename, oldest first
UBUNTU_VERSIONS: Dict[str, str] = {"14.04": "trusty", "16.04": "xenial", "18.04": "bionic",
                                   "20.04": "focal", "22.04": "jammy", "24.04": "noble"}
UBUNTU = tuple(UBUNTU_VERSIONS.values())
#: Debian release -> the number distroless images name it by (``static-debian12``)
DISTROLESS_DEBIAN: Dict[str, str] = {"bullseye": "11", "bookworm": "12", "trixie": "13"}
#: Debian releases whose minimal image has /usr/share/zoneinfo (tzdata is Priority:
#: required up to bookworm; trixie made it optional, so debian:trixie-slim has none)
DEBIAN_WITH_TZDATA = frozenset({"jessie", "stretch", "buster", "bullseye", "bookworm"})
#: the Debian packages distroless cc-debianN carries (base: libc6, libssl, CA bundle,
#: tzdata, netbase; cc adds the GCC runtime): a runner that needs only these needs no
#: package manager
DISTROLESS_CC_PACKAGES = frozenset({
    "libc6", "libssl1.1", "libssl3", "libssl3t64", "libgcc-s1", "libgcc1", "libgomp1",
    "libstdc++6", "ca-certificates", "tzdata", "netbase"})
#: releases after the 64-bit time_t library renames (``libssl3`` -> ``libssl3t64``)
TIME64 = frozenset({"trixie", "noble"})


def debian_in(tag: str) -> Optional[str]:
    """The Debian codename a tag names as one of its dash-separated words."""
    for rel in DEBIAN:
        if re.search(rf"(^|-){rel}($|-)", tag):
            return rel
    return None


def ubuntu_in(tag: str) -> Optional[str]:
    """The Ubuntu version whose codename a tag contains (``jammy`` -> ``22.04``)."""
    for version, codename in UBUNTU_VERSIONS.items():
        if version >= "20.04" and codename in tag:
            return version
    return None


def alpine_in(tag: str) -> Optional[str]:
    """The Alpine version of an ``...-alpine3.19`` tag."""
    m = re.search(r"alpine(\d+\.\d+)", tag)
    return m.group(1) if m else None


def alpine_version(tag: str) -> Optional[str]:
    """The Alpine version an ``alpine:<tag>`` tag is (``3.20``, ``3.20.1``)."""
    return tag if re.fullmatch(r"\d+\.\d+(\.\d+)?", tag) else None

