"""Where an install step puts what a build made: the prefix a ``./configure``,
``cmake`` or ``meson setup`` before it set for its directory, or the one the install's
own command line names (``make install PREFIX=/usr``, ``cmake --install . --prefix``).

The one reader of it: the C/C++ recipe copies the prefix to the runner
(``native``), the interpreter recipes copy the shared libraries the install put in
it (``interpreted``).  Two readers did this before and disagreed (``--prefix /usr``
read by one, ``-DCMAKE_INSTALL_PREFIX:STRING=`` by the other, the prefix of a
``cmake --build DIR --target install`` looked up in the current directory by both).

A prefix is kept per directory: the configure step's directory, or when that is not
known its place in the RUN (``run_walk.Step.place``: ``cd foo-* && ./configure &&
make install`` sets it for the install in that same place only)."""

from __future__ import annotations

import posixpath
import re
from typing import Dict, Optional, Tuple

from ...analysis.shell import program_name
from .run_walk import Step, path_arg

#: where autotools, cmake and meson install by default, and the prefix taken for a
#: ``make install`` whose Makefile no configure step wrote (``Artifact.unsure``)
DEFAULT_PREFIX = "/usr/local"
#: the prefix an unread option sets (followed by the option or the command)
UNREAD_PREFIX = "\0unread:"
#: scripts that run configure with the options they are given (``./autogen.sh
#: --prefix=/usr``) or set options of their own (``--system``)
AUTOGEN = frozenset({"autogen.sh", "bootstrap.sh"})
#: a configure option naming an installation directory or file (``--sysconfdir=/etc``,
#: ``--conf-path=/etc/nginx/nginx.conf``); ``--with-*``/``--enable-*`` name sources
INSTALL_PATH_OPTION = re.compile(r"^--(?!with|without|enable|disable)([a-z0-9-]*(?:dir|path))="
                                 r"(/[^ ]*)$")
#: configure options naming a path only the installed program uses, when it runs,
#: which its install neither writes nor creates: nginx's (and openresty's, tengine's)
#: ``--http-client-body-temp-path=``, ``--http-proxy-temp-path=`` ... and
#: ``--lock-path=`` (its install target makes the directories of the pid and log
#: paths, so ``--pid-path``/``--error-log-path``/``--http-log-path`` stay install paths)
RUN_TIME_PATH_OPTION = re.compile(r"^--([a-z0-9-]*-temp-path|lock-path)=")
#: make variables naming the prefix (autotools' ``prefix``, hand-written Makefiles'
#: ``PREFIX``)
PREFIX_VARIABLES = ("PREFIX", "prefix")

Prefixes = Dict[object, str]


def directory_key(step: Step):
    """The key of the prefix a configure step sets for the install steps in its
    directory: the directory, or the place in its RUN when the directory is not known
    (a configure in ``cd foo-*`` sets it for the install in that same place only)."""
    if step.cwd is not None or step.place is None:
        return step.cwd
    return ("place",) + step.place


def _value(word: str, step: Step, facts) -> str:
    """A prefix as a setup step gives it: ``$(python -c "import sys; print(sys.prefix)")``
    resolved in that step (``python_prefix``), ``$HOME`` the home of the user it
    runs as (``home_venvs.home_of``), else as written (expanded later)."""
    if facts is None:
        return word
    resolved = python_prefix(word, step, facts)
    if resolved:
        return resolved
    # (``--prefix=$HOME/local``: root's home, where the RUN's environment has no HOME)
    from .home_venvs import home_of
    home = home_of(facts, step) if re.search(r"\$\{?HOME\b", word) else None
    return re.sub(r"\$\{HOME\}|\$HOME\b", home, word) if home else word


def read_configure(step: Step, prefixes: Prefixes, facts=None) -> None:
    """``./configure [--prefix=P|--prefix P] [--sysconfdir=/etc ...]`` (or an autogen
    script given options): the prefix its install steps write, or ``UNREAD_PREFIX``
    with why when the install also writes outside it or the options are not read."""
    argv = step.argv
    prefix = None
    for i, word in enumerate(argv[1:], 1):
        if word.startswith("--prefix="):
            prefix = _value(word.split("=", 1)[1], step, facts)
        elif word == "--prefix" and i + 1 < len(argv):
            prefix = _value(argv[i + 1], step, facts)
    root = (prefix or DEFAULT_PREFIX).rstrip("/")
    for word in argv[1:]:
        # an installation directory outside the prefix (nginx's --conf-path=/etc/nginx/
        # nginx.conf, --error-log-path=/var/log/nginx/...): the install writes there
        # too, which a copy of the prefix would miss
        got = INSTALL_PATH_OPTION.match(word)
        if got and not RUN_TIME_PATH_OPTION.match(word) and \
                not (got.group(2) + "/").startswith(root + "/"):
            prefixes[directory_key(step)] = UNREAD_PREFIX + word
            return
    if prefix is not None:
        prefixes[directory_key(step)] = prefix
        return
    if program_name(argv[0]) in AUTOGEN:
        # (its options go to the configure it runs, or are its own: kimchi's
        # ``--system`` means --prefix=/usr; which prefix they set is not read)
        prefixes[directory_key(step)] = UNREAD_PREFIX + " ".join(argv)
        return
    # (the configure's own default: the install's prefix is no guess, ``Artifact.unsure``)
    prefixes.setdefault(directory_key(step), DEFAULT_PREFIX)


def read_cmake_setup(step: Step, prefixes: Prefixes, facts=None) -> None:
    """``cmake [-B DIR] -DCMAKE_INSTALL_PREFIX[:TYPE]=P``: the prefix for the install
    steps in its directory and in its build directory."""
    argv = step.argv[1:]
    build_dir = path_arg(argv[argv.index("-B") + 1], step) if "-B" in argv[:-1] else None
    for word in argv:
        # (``-DCMAKE_INSTALL_PREFIX:PATH=/usr``: the cache entry's type before the =)
        if re.match(r"^-DCMAKE_INSTALL_PREFIX(:[A-Z]+)?=", word):
            value = _value(word.split("=", 1)[1], step, facts)
            prefixes[directory_key(step)] = value
            if build_dir is not None:
                prefixes[build_dir] = value
    # (cmake's own default, or the one its cache keeps: no guess, ``Artifact.unsure``)
    prefixes.setdefault(directory_key(step), DEFAULT_PREFIX)
    if build_dir is not None:
        prefixes.setdefault(build_dir, DEFAULT_PREFIX)


def read_meson_setup(step: Step, prefixes: Prefixes, facts=None) -> None:
    """``meson [setup] ... --prefix=P``: the prefix for the install steps in its
    directory."""
    for word in step.argv[1:]:
        if word.startswith("--prefix="):
            prefixes[directory_key(step)] = _value(word.split("=", 1)[1], step, facts)
    prefixes.setdefault(directory_key(step), DEFAULT_PREFIX)


def cmake_install_target(argv) -> Optional[str]:
    """``cmake --build DIR --target install``: DIR (the build directory, whose prefix
    the install uses), else None."""
    if not argv or program_name(argv[0]) != "cmake" or "--build" not in argv[:-1] or \
            "--target" not in argv[:-1] or argv[argv.index("--target") + 1] != "install":
        return None
    return argv[argv.index("--build") + 1]


def install_prefix(step: Step, prefixes: Prefixes, given: Optional[str]) -> Tuple[str, bool]:
    """The prefix an install step in ``step``'s directory writes (the one its command
    names, ``given``, or its configure step's), and whether it is the default taken
    for a Makefile no configure step wrote."""
    key = directory_key(step)
    guessed = given is None and key not in prefixes
    return given or prefixes.get(key) or DEFAULT_PREFIX, guessed


def environment_prefix_problem(step: Step, tool: str, prefix: str) -> Optional[str]:
    """Why ``PREFIX=/usr make install`` (a prefix in the install's environment, not on
    its command line) leaves the prefix unknown, or None.  A make variable the
    Makefile assigns with ``=`` overrides the environment, one it assigns with ``?=``
    or never takes it: which one holds, only the Makefile shows.  Both candidates are
    fine when the environment's lies inside ``prefix`` (the one the recipe copies) or
    is that prefix."""
    if step.command is None:
        return None
    for name, value in step.command.assignments:
        if name not in PREFIX_VARIABLES:
            continue
        path, root = path_arg(value, step), path_arg(prefix, step)
        if path is not None and root is not None and \
                (posixpath.normpath(path) + "/").startswith(posixpath.normpath(root).rstrip("/") + "/"):
            continue
        return (f"{step.where}: {tool}: `{name}={value}` in its environment sets the prefix "
                f"only where the Makefile leaves {name} unset or assigns it with ?=, "
                f"else the Makefile's own holds (here {prefix}): which one, only the "
                "Makefile shows")
    return None


#: ``$(python3.6 -c "import sys; print(sys.prefix)")``: the prefix of the Python a
#: cmake or configure step builds a module for (opencv's ``-DCMAKE_INSTALL_PREFIX``)
_PYTHON_PREFIX = re.compile(r"""^\$\((?P<python>python[0-9.]*) -c ["']?import sys; ?"""
                            r"""print\(sys\.prefix\)["']?\)$""")


def python_prefix(word: str, step: Step, facts) -> Optional[str]:
    """The install prefix ``word`` names when it asks the image's own Python for its
    ``sys.prefix`` in ``step``, where the word is evaluated: /usr/local on an official
    python image (``python:3.6``) whose interpreter the name runs (``python``,
    ``python3`` or the tag's ``python3.6``, found in /usr/local/bin, first on the
    PATH, no script sourced before it in its RUN); None for anything else (another
    X.Y may be the distribution's Python in /usr/bin, a virtualenv first on the PATH or
    activated has its own prefix)."""
    from ...knowledge.references import split_reference
    from .run_walk import steps
    got = _PYTHON_PREFIX.match(word)
    name, tag = split_reference(facts.base.reference)
    if got is None or name != "python" or not tag:
        return None
    version = re.match(r"^(\d+)\.(\d+)", tag)
    if version is None:
        return None
    major, xy = version.group(1), f"{version.group(1)}.{version.group(2)}"
    if got.group("python") not in ("python", f"python{major}", f"python{xy}"):
        return None
    path = step.env.get("PATH")
    if path is not None and not path.startswith("/usr/local/bin:"):
        return None
    if any(s.index == step.index and s.argv and s.argv[0] in (".", "source")
           for s in steps(facts)):
        return None
    return DEFAULT_PREFIX
