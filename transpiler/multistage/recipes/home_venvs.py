"""Where pipenv and poetry put the virtualenv they make when told nothing: a directory
of virtualenvs under the user's home, each named after the project and a hash of its
path (``app-Xy12AbCd``, ``app-Xy12AbCd-py3.11``).

The name is not needed: the whole directory goes to the runner at the same path, the
project at its own (the source tree), so ``pipenv run`` / ``poetry run`` from the same
directory find the same virtualenv by the same hash, and its interpreter links lead to
the same Python (``python:<X.Y>-slim`` has it at the same path).  The directory is

- pipenv: ``$WORKON_HOME``, else ``$XDG_DATA_HOME/virtualenvs``, else
  ``~/.local/share/virtualenvs`` (pipenv's ``get_workon_home``);
- poetry: ``$POETRY_VIRTUALENVS_PATH``, else ``<cache dir>/virtualenvs``, the cache dir
  ``$POETRY_CACHE_DIR``, else ``$XDG_CACHE_HOME/pypoetry``, else ``~/.cache/pypoetry``
  (poetry's ``virtualenvs.path`` default) -- only the virtualenvs: the package cache
  beside them stays in the builder.

The home is root's (``/root``) or ``$HOME``; another user's is not known.  An active
virtualenv (``VIRTUAL_ENV``) is the one both use instead, and a ``poetry config`` of the
virtualenvs or cache settings moves poetry's: both decline.  A ``.venv`` or
``poetry.toml`` the context copies into the project would move them too; the context is
not read for them, and the runner's copy of a directory the build did not make fails
the build.

Which Python a virtualenv runs on is the tool's choice: the one running it, or one the
project's Pipfile / pyproject.toml asks for (an unread context file) that it finds on
the PATH -- on a full python image also Debian's /usr/bin/python3, which the slim
runner lacks.  On the python images the builder checks every virtualenv's interpreter
is the image's (``interpreter_check_run``), so another one fails the build, not the
container.  (On a plain distribution image the runner installs the distribution's
Python packages again and gets /usr/local whole: the interpreters the build could use
are there, or were removed by the original too.)

``pipenv run`` / ``poetry run`` in the command need the tool itself in the runner: it
goes there with the system site-packages when the build installed it with pip
(``pip install pipenv``): ``python._carry_tools``."""

from __future__ import annotations

import posixpath
from typing import Optional, Tuple

from ...analysis.shell import program_name
from ...tree import ast
from ...knowledge.user_tools import home_field
from .run_walk import steps

#: the packaging tools whose virtualenvs are placed here
TOOLS = ("pipenv", "poetry")
#: the setting that keeps each tool's virtualenv in the project
IN_PROJECT = {"pipenv": "PIPENV_VENV_IN_PROJECT=1", "poetry": "POETRY_VIRTUALENVS_IN_PROJECT=true"}
#: poetry's setting that keeps it from making a virtualenv (``settings.`` before 1.0)
CREATE_KEYS = ("virtualenvs.create", "settings.virtualenvs.create")
_ROOT = ("root", "0")


def home_of(facts, step) -> Optional[str]:
    """The home of the user ``step`` runs as: its HOME, /root for root, or the home an
    earlier command of the stage recorded for the account it created (``useradd -m
    app``: /home/app; ``user_tools.home_field``).  None for another user, whose home
    only the image's own accounts show."""
    if step.env.get("HOME"):
        return step.env["HOME"]
    user = (facts.instructions[step.index].before.user or "root").split(":")[0]
    if user in _ROOT:
        return "/root"
    flavour = (facts.base.distribution.user_tools
               if facts.base.distribution is not None else None) or "debian"
    home = None
    for earlier in steps(facts):
        if earlier.index >= step.index:
            break
        command = earlier.command
        if earlier.problem or not earlier.argv or command is None or command.conditional:
            continue
        if program_name(earlier.argv[0]) == "usermod" and user in earlier.argv and \
                any(w in ("-d", "--home") or w.startswith("--home=") for w in earlier.argv):
            home = None  # (the home moved: ``usermod -d /data -m app``, read no further)
            continue
        if program_name(earlier.argv[0]) not in ("useradd", "adduser"):
            continue
        got = home_field(earlier.argv, flavour)
        if got is not None and got[0] == user:
            home = got[1] if got[1].startswith("/") and "$" not in got[1] else None
    return home


def _absolute(path: str) -> bool:
    return path.startswith("/") and "$" not in path


def place(facts, step, tool: str) -> Tuple[Optional[str], Optional[str]]:
    """(the directory of ``tool``'s virtualenvs for ``step``, None) or (None, why it
    is not known)."""
    env = step.env
    if env.get("VIRTUAL_ENV"):
        return None, (f"{step.where}: {tool} installs into the active virtualenv "
                      f"VIRTUAL_ENV={env['VIRTUAL_ENV']}, which the build does not make here")
    if tool == "pipenv":
        chosen = env.get("WORKON_HOME") or (env.get("XDG_DATA_HOME") and
                                             posixpath.join(env["XDG_DATA_HOME"], "virtualenvs"))
        what = "WORKON_HOME" if env.get("WORKON_HOME") else "XDG_DATA_HOME"
        relative = ".local/share/virtualenvs"
    else:
        cache = env.get("POETRY_CACHE_DIR") or (env.get("XDG_CACHE_HOME") and
                                                posixpath.join(env["XDG_CACHE_HOME"], "pypoetry"))
        chosen = env.get("POETRY_VIRTUALENVS_PATH") or (cache and
                                                        posixpath.join(cache, "virtualenvs"))
        what = "POETRY_VIRTUALENVS_PATH" if env.get("POETRY_VIRTUALENVS_PATH") else \
            "POETRY_CACHE_DIR" if env.get("POETRY_CACHE_DIR") else "XDG_CACHE_HOME"
        relative = ".cache/pypoetry/virtualenvs"
        moved = _poetry_config(facts, step.index)
        if moved:
            return None, (f"{moved}: `poetry config` may move the virtualenvs of `poetry "
                          f"install` ({step.where}) or keep it from making one")
    if chosen:
        if chosen.startswith("~/") and home_of(facts, step):
            chosen = posixpath.join(home_of(facts, step), chosen[2:])
        if not _absolute(chosen):
            return None, (f"{step.where}: {tool}'s virtualenvs go to {what}={chosen}, not an "
                          "absolute path the transpiler can follow")
        return posixpath.normpath(chosen), None
    home = home_of(facts, step)
    if home is None:
        user = facts.instructions[step.index].before.user
        return None, (f"{step.where}: {tool} makes its virtualenv under the home of user "
                      f"`{user}`, which is not known (set HOME, or "
                      f"{IN_PROJECT[tool]})")
    return posixpath.join(home, relative), None


def _poetry_config(facts, before: int) -> Optional[str]:
    """Where a ``poetry config`` before instruction ``before`` sets something other than
    ``virtualenvs.create false`` (which the recipe reads): the virtualenvs' path, the
    cache dir, in-project (None: none)."""
    from .interpreted import steps

    for step in steps(facts):
        if step.index > before:
            break
        argv = step.argv
        if program_name(argv[0]) != "poetry" or argv[1:2] != ("config",):
            continue
        words = [w for w in argv[2:] if not w.startswith("-")]
        if words[:1] and words[0] in CREATE_KEYS and words[-1].lower() in ("false", "0"):
            continue  # (read by the recipe: no virtualenv at all)
        if not words or any(k in words[0] for k in ("virtualenvs", "cache-dir", "cache_dir")) \
                or "$" in " ".join(step.written):
            return step.where
    return None


def runs_tool(words) -> Optional[str]:
    """The tool of a ``pipenv run ...`` / ``poetry run ...`` command (None: another
    command)."""
    if len(words) > 2 and program_name(words[0]) in TOOLS and words[1] == "run":
        return program_name(words[0])
    return None


def interpreter_check_run(directories, prefix: str) -> ast.Run:
    """The builder RUN that fails the build when a virtualenv in ``directories`` runs on
    a Python other than the image's own, the ``python`` its PATH finds (installed under
    ``prefix`` on the official images), which the runner has at the same path: a tool
    may have picked the distribution's /usr/bin/python3 of a full image, which the slim
    runner lacks.  It asks each virtualenv's own interpreter for its base:
    ``sys.real_prefix`` (virtualenv before 20, which copies the binary) or
    ``sys.base_prefix`` (venv, virtualenv 20+), and compares it with the PATH Python's
    (read in the builder rather than assumed, so the check holds whatever the image's
    layout)."""
    code = ("import sys; sys.exit((getattr(sys, 'real_prefix', None) or "
            "getattr(sys, 'base_prefix', sys.prefix)) != sys.argv[1])")
    globs = " ".join(f"{d.rstrip('/')}/*/bin/python" for d in directories)
    text = ('base="$(python -c \'import sys; print(getattr(sys, "base_prefix", sys.prefix))\')" && '
            f'for python in {globs}; do [ -e "$python" ] || continue; '
            f'"$python" -c "{code}" "$base" '
            '|| { echo "$python does not run on the image\'s Python ($base)" >&2; exit 1; }; done')
    return ast.Run(keyword="RUN", command=ast.ShellForm(text), leading=(ast.Comment(
        f"# the virtualenvs run on the image's Python ({prefix}), which the runner has too"),))
