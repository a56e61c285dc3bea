"""The system site-packages of a python tag whose Python X.Y moves (``python:3``,
``python:latest``, ``python``, ``python:alpine``, ``python:3-slim``).

The image data names the X.Y the tag had on the data's date (3.14 on 2026-08-21), but
the tag moves to the next X.Y when it is published (3.15 in October 2026): a path
written with the data's X.Y (``/usr/local/lib/python3.14/site-packages``) is missing
from the builder pulled today, so its ``find`` fails the RUN and the runner's COPY
fails the build.  The runner floats with the builder (``python:3`` -> ``python:3-slim``,
pulled together they have the same X.Y), so nothing needs the X.Y: the builder's RUNs
name the directory by a glob (``python3.*``), and the runner copies it with a bind
mount of the builder in place of the directory of the same name its own Python has, which it
checks is there (a builder and runner of different X.Y, pulled on different days, fail
the build instead of running packages on the wrong Python).  A tag that names the X.Y
(``python:3.11``, ``python:3.8-slim``) keeps its literal path."""

from __future__ import annotations

import posixpath
import re
import shlex
from typing import Optional

from ...knowledge.references import split_reference
from ...tree import ast
from . import own_site

#: where the runner's RUN sees the builder's directory that holds the glob
MOUNT = "/tmp/dtranspile-builder"
#: the comment over that RUN, which also tells it apart from the runner's other RUNs
COMMENT = ("# the system site-packages from the builder, into the same directory of this "
           "image's Python (the tag names no X.Y), and its packages' own scripts out")


def moves(base, xy: Optional[str]) -> bool:
    """Whether the X.Y of ``base`` (a python image with ``xy`` on the data's date)
    changes when its tag moves: the tag floats, is still published, and names no X.Y
    (a dropped tag such as ``python:3-jessie`` no longer moves; ``python:3.11`` moves
    within 3.11 only)."""
    if not xy or not (base.floating and base.current):
        return False
    tag = split_reference(base.reference)[1] or "latest"
    return re.match(re.escape(xy) + r"(?![\d])", tag) is None


def pattern(site: str, xy: str) -> str:
    """``site`` with its ``pythonX.Y`` component as a glob of the same major
    (``/usr/local/lib/python3.*/site-packages``)."""
    major = xy.split(".")[0]
    return site.replace(f"/python{xy}/", f"/python{major}.*/", 1)


def shell_word(path: str) -> str:
    """``path`` as a shell word: quoted, except a glob of plain characters, which the
    shell must expand (``find /usr/local/lib/python3.*/site-packages``)."""
    if "*" in path and re.fullmatch(r"[\w./*+-]+", path):
        return path
    return shlex.quote(path)


def _split(glob: str):
    """(the directory above the first component with a glob, the rest)."""
    parts = glob.split("/")
    at = next(i for i, p in enumerate(parts) if "*" in p)
    return "/".join(parts[:at]) or "/", "/".join(parts[at:])


def copy_run(glob: str, builder: str) -> ast.Run:
    """The runner's RUN copying the builder's directories matching ``glob`` to the
    same paths, each only in place of a directory the runner already has (its own
    Python's site-packages: the same X.Y); a mount, not a COPY, as COPY's destination
    must be written out.  The runner's own directory is removed first, as ``own_site``
    removes a literal one before its COPY (the build may have upgraded or removed the
    image's own pip, setuptools or wheel there, and a merge would keep the old ones),
    and so are their scripts (``own_site.scripts_removal``: the builder's come with the
    console scripts);
    ``cp -a`` of the directory keeps owners, modes and links (GNU and BusyBox alike);
    BuildKit and buildah both take the bind mount of a stage."""
    top, rest = _split(glob)
    mount = f"type=bind,from={builder},source={top},target={MOUNT}"
    if not re.fullmatch(r"[\w./+-]+", top + rest.replace("*", "")):
        raise ValueError(f"not a plain path: {glob}")
    text = (f"for dir in {MOUNT}/{rest}; do dest=\"{top.rstrip('/')}/${{dir#{MOUNT}/}}\"; "
            "[ -d \"$dest\" ] || { echo \"$dest is not in this "
            "image: its Python is not the builder's\" >&2; exit 1; }; "
            "rm -rf \"$dest\" && cp -a \"$dir\" \"$dest\" || exit 1; done && "
            + own_site.scripts_removal(glob))
    return ast.Run(keyword="RUN", flags=(ast.Flag("mount", mount),),
                   command=ast.ShellForm(text), leading=(ast.Comment(COMMENT),))


def is_copy_run(node) -> bool:
    """Whether ``node`` is a RUN ``copy_run`` made (its mount's target)."""
    return isinstance(node, ast.Run) and any(
        f.name == "mount" and f"target={MOUNT}" in (f.value or "").split(",")
        for f in node.flags)


def mounted(node) -> Optional[tuple]:
    """(stage, source) of a RUN's ``--mount=type=bind,from=...``, or None."""
    for flag in getattr(node, "flags", ()):
        if flag.name != "mount" or not flag.value:
            continue
        fields = dict(f.split("=", 1) for f in flag.value.split(",") if "=" in f)
        if fields.get("type") == "bind" and "from" in fields:
            return fields["from"], posixpath.normpath(fields.get("source", "/"))
    return None


def copied_glob(node) -> Optional[str]:
    """The glob a ``copy_run`` RUN copies (``/usr/local/lib/python3.*/site-packages``),
    read back from the output, or None for any other node."""
    if not is_copy_run(node):
        return None
    mount = mounted(node)
    got = re.match(re.escape(f"for dir in {MOUNT}/") + r"(\S+);",
                   getattr(node.command, "text", "") or "")
    if mount is None or got is None:
        return None
    return mount[1].rstrip("/") + "/" + got.group(1)

