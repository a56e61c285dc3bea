"""Programs a command runs after ``source activate X`` (conda's activation).

``CMD source activate gluon && jupyter notebook``: ``activate`` (conda's script in
``<root>/bin``, found on the PATH) puts the environment's ``bin`` first on the PATH, so
``jupyter`` is ``<root>/envs/gluon/bin/jupyter`` there.  What conda documents for a
named environment: created as root, it lies in the first writable directory of
``envs_dirs``, which is ``<root>/envs`` unless ``CONDA_ENVS_PATH``/``CONDA_ENVS_DIRS``
or a ``.condarc``'s ``envs_dirs`` say otherwise; ``base`` (``root`` before conda 4.4) is
the root itself and a path names the environment's own directory.  The root is the
prefix of the installer the Dockerfile runs (``-b -p /opt/conda``; without ``-p`` the
installer's documented default, ``$HOME/miniconda3`` for Miniconda3 ...).

The runner follows this only where it has the whole conda tree as the build left it:
a build run in a capture window that opened at (or before) the installer's RUN, so the
root, its ``activate`` and every environment are among the captured files.  There the
command runs as in the original, and each program it finds after the activation is
tested in the runner on that PATH, after the captured files are in place (a program the
environment lacks fails the build, not the container).  Anything else declines, naming
the fact that is not known."""

from __future__ import annotations

import posixpath
import re
from typing import Optional, Sequence, Tuple

from .decline import Decline
from ..analysis.paths import is_within

#: installer file name -> the directory under $HOME its ``-b`` install defaults to
_DEFAULTS = ((re.compile(r"(?i)^miniconda3"), "miniconda3"),
             (re.compile(r"(?i)^miniconda2"), "miniconda2"),
             (re.compile(r"(?i)^anaconda3"), "anaconda3"),
             (re.compile(r"(?i)^anaconda2"), "anaconda2"),
             (re.compile(r"(?i)^miniforge3"), "miniforge3"),
             (re.compile(r"(?i)^mambaforge"), "mambaforge"))
_INSTALLER = re.compile(r"(?i)(mini|ana)conda[0-9]?[^/]*[.]sh$|(miniforge|mambaforge)"
                        r"[0-9]?[^/]*[.]sh$")
#: settings that move where named environments are created or looked up
_ENV_SETTINGS = ("CONDA_ENVS_PATH", "CONDA_ENVS_DIRS", "CONDARC")


def activated_env(argv: Sequence[str]) -> Optional[str]:
    """The environment ``argv`` activates ("" for the default one), or None when it is
    no activation."""
    argv = list(argv)
    if argv[:1] in (["source"], ["."]) and argv[1:2] == ["activate"]:
        return argv[2] if len(argv) > 2 else ""
    if argv[:2] == ["conda", "activate"]:
        rest = [w for w in argv[2:] if not w.startswith("-")]
        return rest[0] if rest else ""
    return None


def _installers(facts):
    """(step, root) of each conda installer RUN: its ``-p`` prefix, or the documented
    default under the step's HOME; root None when neither is known."""
    from .recipes.run_walk import steps

    out = []
    for step in steps(facts):
        argv = list(step.argv)
        head = posixpath.basename(argv[0]) if argv else ""
        script = argv[0] if _INSTALLER.search(head) else \
            argv[1] if head in ("bash", "sh") and len(argv) > 1 and \
            _INSTALLER.search(argv[1]) else None
        if script is None:
            continue  # (a download of the installer runs no installer)
        root = None
        for pos, word in enumerate(argv):
            if word == "-p" and pos + 1 < len(argv):
                root = argv[pos + 1]
            elif word.startswith("-p") and len(word) > 2:
                root = word[2:]
        if root is None:
            home = step.env.get("HOME")
            fact = next((f for f in facts.instructions if f.index == step.index), None)
            if home is None and fact is not None and fact.before.user in (None, "root", "0"):
                home = "/root"
            name = posixpath.basename(script)
            default = next((d for pattern, d in _DEFAULTS if pattern.search(name)), None)
            root = posixpath.join(home, default) if home and default else None
        if root is not None and ("$" in root or not root.startswith("/")):
            root = None
        out.append((step, root.rstrip("/") if root else None))
    return out


def activated_bin(ctx, env: str, where: str) -> Tuple[str, int, str]:
    """(the directory the activation puts first on the PATH, the stage index of the
    installer RUN that makes the conda root, that root); declines naming what is not
    known."""
    facts = ctx.facts
    head = f"{where}: `source activate {env}`".rstrip()
    if "$" in env or "`" in env:
        raise Decline(f"{head} activates an environment named by a variable: the PATH it "
                      "sets is not known")
    installers = _installers(facts)
    roots = {root for _, root in installers}
    if len(installers) != 1 or None in roots:
        why = ("no RUN runs a conda installer by its own name (Miniconda3-*.sh, "
               "Anaconda3-*.sh ...), so where the conda root is (the image's own conda, one "
               "a script or a renamed installer makes) is not known" if not installers else
               "the conda installer's prefix is not known (no -p, and no documented "
               "default for its file name)" if None in roots else
               "several conda installers run")
        raise Decline(f"{head} activates an environment; the programs after it are found on "
                      f"the PATH it sets, which is not followed: {why}")
    step, root = installers[0]
    if f"{root}/bin" not in [d.rstrip("/") for d in facts.final.path_dirs]:
        raise Decline(f"{head}: conda's `activate` is in {root}/bin, which the final PATH "
                      "does not name: which `activate` the shell finds is not known")
    moved = _envs_moved(facts)
    if moved:
        raise Decline(f"{head}: {moved} may move where the environment is: the PATH the "
                      "activation sets is not known")
    user = facts.final.user
    if user not in (None, "root", "0", "0:0", "root:root"):
        raise Decline(f"{head} runs as {user}, for whom conda searches ~/.conda/envs before "
                      f"{root}/envs: where it finds `{env}` is not known")
    if env in ("", "base", "root"):
        return f"{root}/bin", step.index, root
    if "/" in env:
        if not env.startswith("/"):
            raise Decline(f"{head} names an environment by a relative path: the PATH it sets "
                          "is not known")
        return posixpath.normpath(env) + "/bin", step.index, root
    return f"{root}/envs/{env}/bin", step.index, root


def _envs_moved(facts) -> Optional[str]:
    """What in the Dockerfile may move conda's environments directories, or None."""
    from ..tree import ast

    for name in _ENV_SETTINGS:
        if name in facts.final.env:
            return f"ENV {name}"
    for fact in facts.instructions:
        node = fact.node
        if isinstance(node, ast.Run) and isinstance(node.command, ast.ShellForm) and \
                re.search(r"envs_dirs|envs_path", node.command.text):
            return f"the RUN at line {node.span.line if node.span else '?'} (envs_dirs)"
        if isinstance(node, (ast.Copy, ast.Add)) and any(
                "condarc" in p for p in tuple(node.paths)):
            return f"the {node.name} at line {node.span.line if node.span else '?'} (a .condarc)"
    return None


def check_root_reaches_runner(ctx) -> None:
    """Decline a command that found programs after a conda activation when the runner
    does not get the conda root as the build left it: the capture window (``ctx.captured``,
    or a capture detection's RUNs) must open at the installer's RUN or before it, or a
    tree the runner copies must hold the root."""
    for installer, root, where in ctx.activation_roots:
        runs = [i for i, _ in getattr(ctx.detection, "captured_runs", None) or ()]
        start = min(list(ctx.captured) + runs, default=None)
        trees = [a.path.rstrip("/") for a in ctx.detection.artifacts if a.tree and a.path]
        if start is not None and start <= installer or any(
                is_within(root, t) for t in trees):
            continue
        raise Decline(f"{where}: the programs after the conda activation are found under "
                      f"{root}, which the installer RUN makes and the runner does not get "
                      "as the build left it (no capture window opens at that RUN, no copied "
                      "tree holds it)")
