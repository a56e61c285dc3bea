"""Where a ``python -m <module>`` of the install RUNs writes, by the module's documented
behaviour, so the runner can be given that directory.

Those RUNs stay in the builder and the runner gets site-packages and the app; a module
that writes elsewhere (``python -m nltk.downloader punkt``, ``python -m ipykernel
install``) declines unless its directory is known (``python._module_runs_before_copy``):

- ``nltk.downloader``: ``-d DIR``, else ``Downloader.default_download_dir()``: the first
  directory of ``nltk.data.path`` that exists and is writable (``$NLTK_DATA``'s entries,
  ``~/nltk_data``, ``sys.prefix``'s and /usr's ``nltk_data`` directories), else
  ``~/nltk_data``.  On an image that has none of them (the official python images and
  the plain distribution images, where no instruction names ``nltk_data`` and no
  ``NLTK_DATA`` is set) that is ``$HOME/nltk_data``.
- ``ipykernel install`` / ``ipykernel.kernelspec``: jupyter_client's
  ``install_kernel_spec`` writes ``<data>/kernels/<name>``: ``--user`` the user's data
  directory (``$JUPYTER_DATA_DIR``, else ``$XDG_DATA_HOME/jupyter``, else
  ``~/.local/share/jupyter``), ``--prefix P`` ``P/share/jupyter``, ``--sys-prefix`` the
  interpreter's ``sys.prefix/share/jupyter``, none of them jupyter_core's first system
  directory, ``/usr/local/share/jupyter`` on Linux.  The kernelspec names the
  interpreter by ``sys.executable``, which the runner has at the same path.

The directory returned is the one the module fills (``nltk_data``, ``.../kernels``): the
runner gets it whole, at the same path."""

from __future__ import annotations

import posixpath
import re
from typing import Optional

from ...analysis.state import resolve_path
from ...tree import ast

#: the PATH directories of an image's own interpreter (python:X's /usr/local/bin first)
_SYSTEM_DIRS = frozenset({"/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin",
                          "/sbin", "/bin"})


def _home(facts, step) -> Optional[str]:
    home = step.env.get("HOME")
    if home is not None:
        return home if home.startswith("/") and "$" not in home else None
    fact = next((f for f in facts.instructions if f.index == step.index), None)
    return "/root" if fact is not None and fact.before.user in (None, "root", "0") else None


def _value(args, *names) -> Optional[str]:
    """The value of the last of the options ``names`` (``-d DIR``, ``--dir=DIR``), ""
    for none."""
    found = ""
    for pos, word in enumerate(args):
        for name in names:
            if word == name:
                found = args[pos + 1] if pos + 1 < len(args) else None
            elif name.startswith("--") and word.startswith(name + "="):
                found = word.partition("=")[2]
    return found


def _path(step, value: Optional[str]) -> Optional[str]:
    if not value or "$" in value or "`" in value:
        return None
    return resolve_path(step.cwd, value) if step.cwd or value.startswith("/") else None


def _names_nltk_data(facts, step, prefix: str) -> bool:
    """Whether an instruction up to ``step`` names a directory of ``nltk.data.path``
    other than ``~/nltk_data`` (it may make one, which the downloader then prefers), an
    ``nltk_data`` by a relative path, or sets NLTK_DATA."""
    system = {f"{prefix}/nltk_data", f"{prefix}/share/nltk_data", f"{prefix}/lib/nltk_data",
              "/usr/share/nltk_data", "/usr/local/share/nltk_data", "/usr/lib/nltk_data",
              "/usr/local/lib/nltk_data"}
    for fact in facts.instructions:
        if fact.index > step.index:
            break
        node = fact.node
        if "NLTK_DATA" in fact.after.env:
            return True
        text = node.command.text if isinstance(node, ast.Run) and \
            isinstance(node.command, ast.ShellForm) else " ".join(getattr(node, "paths", ()))
        if any(d in text for d in system) or re.search(r"(^|[^/\w])nltk_data", text):
            return True
    return False


def _sys_prefix(step, image_prefix: Optional[str]) -> Optional[str]:
    """The interpreter's ``sys.prefix``: the image's own (``image_prefix``) when the
    command names it by name and no other directory comes first on the PATH."""
    if image_prefix is None or "/" in step.argv[0]:
        return None
    dirs = [d.rstrip("/") for d in step.env.get("PATH", "").split(":") if d]
    return image_prefix if all(d in _SYSTEM_DIRS for d in dirs) else None


def data_dir(facts, step, image_prefix: Optional[str]) -> Optional[str]:
    """The directory ``python -m <module>`` of ``step`` fills, or None when the module is
    none of these or the directory is not known.  ``image_prefix``: ``sys.prefix`` of
    the image's own interpreter on an image with no directory of its own the modules
    prefer (the official python images, a plain distribution image); None on any other
    image, where only what needs neither is known (a kernelspec's system directory)."""
    argv = list(step.argv)
    if len(argv) < 3 or argv[1] != "-m":
        return None
    module, args = argv[2], argv[3:]
    if module == "nltk.downloader":
        given = _value(args, "-d", "--dir")
        if given != "":
            return _path(step, given)
        if image_prefix is None or _names_nltk_data(facts, step, image_prefix):
            return None
        home = _home(facts, step)
        return posixpath.join(home, "nltk_data") if home else None
    if module == "ipykernel" and args[:1] == ["install"] or module == "ipykernel.kernelspec":
        if "--user" in args:
            if "JUPYTER_DATA_DIR" in step.env:
                data = _path(step, step.env["JUPYTER_DATA_DIR"])
            elif "XDG_DATA_HOME" in step.env:
                base = _path(step, step.env["XDG_DATA_HOME"])
                data = posixpath.join(base, "jupyter") if base else None
            else:
                home = _home(facts, step)
                data = posixpath.join(home, ".local/share/jupyter") if home else None
        elif _value(args, "--prefix") != "":
            prefix = _path(step, _value(args, "--prefix"))
            data = posixpath.join(prefix, "share/jupyter") if prefix else None
        elif "--sys-prefix" in args:
            prefix = _sys_prefix(step, image_prefix)
            data = posixpath.join(prefix, "share/jupyter") if prefix else None
        else:
            data = "/usr/local/share/jupyter"
        return posixpath.join(data, "kernels") if data else None
    return None

