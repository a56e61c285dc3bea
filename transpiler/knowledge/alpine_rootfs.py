"""What the official ``alpine`` image's root file system holds, per release: the
packages of the minirootfs tarball ``datagen/alpine_rootfs.py`` read for the release's
branch of alpinelinux/docker-alpine (its latest point release on the mirror's date).

A point release at or after the one read has the same base packages (a stable branch
does not drop apk-tools' dependencies); an earlier one, and a release the data does not
hold, are not known."""

from __future__ import annotations

from typing import Optional, Tuple

from .data_file import lazy_json

_load = lazy_json("alpine_rootfs.json.gz", {"releases": {}})


def _version(text: Optional[str]) -> Optional[Tuple[int, ...]]:
    try:
        return tuple(int(p) for p in (text or "").split("."))
    except ValueError:
        return None


def has_ca_bundle(release: Optional[str], version: Optional[str]) -> Optional[bool]:
    """Whether ``alpine:<version>`` (point release ``version`` of ``release``) has the
    CA bundle (``/etc/ssl/certs/ca-certificates.crt``, ca-certificates-bundle); None when
    the data cannot say (a release it did not read, a point release before the one read
    where that one has the bundle)."""
    rec = _load()["releases"].get(release or "")
    if rec is None:
        return None
    read, asked = _version(rec.get("version")), _version(version)
    if read is None or asked is None:
        return None
    if rec["ca_bundle"]:
        return True if asked >= read else None
    return False if asked <= read else None


def bundle_releases() -> Tuple[str, ...]:
    """The releases whose root file system the data read with the CA bundle, in order."""
    return tuple(r for r, rec in _load()["releases"].items() if rec.get("ca_bundle"))
