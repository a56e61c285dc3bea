"""An image's own apt install wrapper (``install_packages`` of bitnami/minideb,
``docker-apt-install`` of kernsuite/base), read as the ``apt-get install`` it runs.

Why: a build on such an image installs its packages through the helper, and every
reading of what a build installs (``packages.read_install``) would otherwise see an
unknown program.  The data (``datagen/install_helpers.py``, from the helpers' own text)
lists every version of the helper with the tags it may be in; a call is read only in a
transpile whose builder image is of that family (``for_image``), for a tag some version
names, where every such version is an apt install wrapper, and as the ``apt-get install``
with the options all of them pass: a tag rebuilt with two versions (minideb's ``latest``,
with and without ``--no-install-recommends``) reads as installing Recommends, which
holds whichever the image had (the runner then installs them too).

``fails`` says whether a failed install fails the helper in every such version: only
then does an unconditional call prove what an ``apt-get install`` proves
(``proven_family``)."""

from __future__ import annotations

import contextlib
import contextvars
import functools
from dataclasses import dataclass
from typing import Callable, Dict, Iterator, Optional, Sequence, Tuple

from ..analysis.shell import program_name
from .data_file import lazy_json
from .references import split_reference

__all__ = ["Helper", "helpers", "for_image", "expanded", "helper_of"]

_load = lazy_json("install_helpers.json.gz", {"families": {}})
#: the builder image of the transpile in progress (a getter: the reference is known once
#: the stage is analysed)
_ACTIVE: contextvars.ContextVar[Optional[Callable[[], Optional[str]]]] = \
    contextvars.ContextVar("install_helpers_image", default=None)


@dataclass(frozen=True)
class Helper:
    """A program of an image that runs ``apt-get update`` and ``apt-get install
    <options> "$@"``."""

    name: str
    path: str
    options: Tuple[str, ...]
    fails: bool
    #: what any of its versions removes after the install (the package lists, /tmp)
    removes: Tuple[str, ...] = ()

    def argv(self, args: Sequence[str]) -> list:
        return ["apt-get", "install", *self.options, *args]


@functools.lru_cache(maxsize=1)
def helper_programs() -> frozenset:
    """The programs that may install packages through an image's own wrapper
    (``install_packages`` of bitnami/minideb ...): every helper name the data holds, in
    any family.  The first test of ``helper_of`` and of the install readers, which are
    called for every command of every RUN (most commands are no helper, and the data
    has a handful); the package managers' own programs are
    ``distributions.install_programs``."""
    return frozenset(p for family in _load()["families"].values() for p in family)


@functools.lru_cache(maxsize=256)
def helpers(reference: str) -> Dict[str, Helper]:
    """The install wrappers the data says ``reference``'s image has (by program name)."""
    name, tag = split_reference(reference)
    family = _load()["families"].get(name) or {}
    out = {}
    for program, record in family.items():
        versions = [v for v in record["versions"] if (tag or "latest") in v["tags"]]
        if not versions or any(v["install"] is None for v in versions):
            continue  # (a tag no version names, or one a non-wrapper may have built)
        shared = [o for o in versions[0]["install"] if all(o in v["install"] for v in versions)]
        removes = tuple(dict.fromkeys(r for v in versions for r in v["removes"]))
        out[program] = Helper(program, record["path"], tuple(shared),
                              all(v["fails"] for v in versions), removes)
    return out


@contextlib.contextmanager
def for_image(reference: Callable[[], Optional[str]]) -> Iterator[None]:
    """Helper calls are read as installs while this is active, for the image the getter
    names (None: none yet)."""
    token = _ACTIVE.set(reference)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def helper_of(argv: Sequence[str]) -> Optional[Helper]:
    """The active image's wrapper ``argv`` calls (by its name or its path), or None."""
    getter = _ACTIVE.get()
    if getter is None or not argv or program_name(argv[0]) not in helper_programs():
        return None
    reference = getter()
    if not reference or "$" in reference:
        return None
    found = helpers(reference)
    helper = found.get(program_name(argv[0]))
    if helper is None or ("/" in argv[0] and argv[0] != helper.path):
        return None
    return helper


def expanded(argv: Sequence[str]) -> Sequence[str]:
    """``argv`` with a call of the active image's wrapper read as its ``apt-get
    install``; any other command unchanged."""
    helper = helper_of(argv)
    return argv if helper is None else helper.argv(list(argv[1:]))
