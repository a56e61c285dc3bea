"""A script of the build context that a RUN runs before the build, in the builder only
(``ADD . /src`` then ``RUN ./build_libs.sh``), read with ``--context``.

Left unread, what such a script installs or writes is not known, and the program may
need it at run time (Home Assistant's ``setup_docker_prereqs`` installs nmap and
ffmpeg): ``classify`` declines.  Read, its effect is known when every command says in
its own words where it writes, and all of that lands in the build context's copies (the
trees a COPY/ADD of the context filled, which the build consumes and which the runner
takes from the builder where the program reads them) or in /tmp:

- ``cd`` into such a tree, shell settings (``set -e``, ``export``), ``echo``/``printf``;
- file tools whose operands are their writes (``cp``, ``mv``, ``mkdir``, ``sed -i``,
  ``ln``, ``rm``, ``chmod``, output redirections: ``analysis.file_writes``);
- build tools working in the tree they run in (``make`` without an install target,
  ``cmake`` configuring or building, ``ninja``, the compilers, ``./configure``,
  ``go build``, ``cargo build``), which write their outputs there;
- fetches into the tree (``git clone`` to a destination there, ``curl -o``/``wget -O``
  into it, ``tar -x``/``unzip`` with the tree as their directory).

Anything else (a package install, ``make install``, another script, a program whose
writes are not known) or a construct the reader cannot follow keeps the decline,
naming the command.  The check asks only where the script writes: what it writes
inside the trees is the build's, as for the Dockerfile's own RUNs there."""

from __future__ import annotations

import re
from typing import Dict, Optional, Sequence

from ..analysis import downloads
from ..analysis.file_writes import command_writes
from ..analysis.shell import option_value, program_name, split_commands, unwrap
from ..analysis.state import resolve_path
from ..analysis.variables import expand
from ..knowledge import packages
from ..knowledge.distributions import verb_of
from ..knowledge.filesystem import SHARED_DIRS, SYSTEM_DIRS
from ..analysis.paths import within_any

#: commands that change only the shell's own state or print
_SHELL_STATE = frozenset({"set", "export", "shopt", "true", ":", "echo", "printf", "test",
                          "[", "umask", "pwd", "exit", "trap", "unset", "local"})
#: build tools that write into the tree they run in (their outputs stay there)
_TREE_BUILDERS = frozenset({"make", "gmake", "cmake", "ninja", "gcc", "g++", "cc", "c++",
                            "clang", "clang++", "ar", "ranlib", "strip", "autoreconf",
                            "autoconf", "automake", "aclocal", "libtoolize", "configure",
                            "autogen.sh", "bootstrap", "bootstrap.sh", "buildconf",
                            "meson", "scons"})
#: the options naming the directory a build tool works in (make's -B is a flag)
_DIRECTORY_OPTIONS = {"make": ("-C", "--directory"), "gmake": ("-C", "--directory"),
                      "ninja": ("-C",), "cmake": ("-B", "-S", "--build"),
                      "meson": ("-C",), "scons": ("-C",)}
#: a shebang naming a shell this reader reads as one
_SHELL_SHEBANG = re.compile(r"^#!\s*(?:/usr)?/bin/(?:env\s+)?(?:ba|da)?sh\b")


def confined_problem(text: str, cwd: Optional[str], env: Dict[str, str],
                     trees: Sequence[str]) -> Optional[str]:
    """None when every command of the script ``text``, run in ``cwd`` with ``env``,
    writes only under ``trees`` or /tmp; else why not (naming the command)."""
    first = text.split("\n", 1)[0]
    if first.startswith("#!") and not _SHELL_SHEBANG.match(first):
        return f"it is not a shell script ({first.strip()}): its programs are not read"
    script = split_commands(text)
    if script.complex and script.outside_problem is not None:
        # (confined ``if``/loop bodies are fine: every command in them is checked as if
        # it ran, and none changes the directory or variables of the commands after it)
        return f"it is a shell construct the reader cannot follow ({script.outside_problem})"
    roots = list(trees) + ["/tmp"]

    def inside(path: Optional[str]) -> bool:
        # (a copy of the context to / does not make the whole image the copies')
        return within_any(path, roots, root_holds_all=False)

    env = dict(env)
    for raw in script.commands:
        cmd = unwrap(raw)
        for key, value in cmd.assignments if not cmd.argv else ():
            env[key] = expand(value, env).value
        if not cmd.argv:
            continue
        words = [expand(w, env) for w in cmd.argv]
        if not all(w.complete for w in words):
            return f"`{' '.join(cmd.argv[:3])}` names a variable whose value is not known"
        argv = [w.value for w in words]
        name = program_name(argv[0])
        shown = " ".join(argv[:4])
        for target in cmd.redirects:
            got = expand(target, env)
            path = resolve_path(cwd, got.value) if got.complete else None
            if target != "/dev/null" and not inside(path):
                return f"`{shown}` writes `{target}`, outside the build context's copies"
        if name == "cd":
            operands = [a for a in argv[1:] if not a.startswith("-")]
            cwd = resolve_path(cwd, operands[0]) if len(operands) == 1 else None
            if not inside(cwd):
                return f"`{shown}` goes to a directory outside the build context's copies"
            continue
        if name in _SHELL_STATE or name in ("apt-get", "apt", "apk", "yum", "dnf") and \
                verb_of(argv) == "update":
            continue  # (a package index: the runner fetches its own where it installs)
        read = packages.read_install(argv)
        if read is not None:
            named = ", ".join(read.packages[:4]) + (" ..." if len(read.packages) > 4 else "")
            return f"`{shown}` installs packages ({named or 'named elsewhere'})"
        problem = _builder_problem(name, argv, cwd, inside)
        if problem == "":
            continue
        if problem is not None:
            return f"`{shown}` {problem}"
        writes = command_writes(raw, cwd, env)
        if writes is None:
            return f"what `{shown}` writes is not known"
        outside = [w for w in writes if not inside(w)]
        if outside:
            return f"`{shown}` writes {outside[0]}, outside the build context's copies"
    return None


def _builder_problem(name: str, argv, cwd: Optional[str], inside) -> Optional[str]:
    """"" when the command is a build tool or fetch that writes only into its tree,
    a problem (a phrase) when it is one that writes elsewhere, None when it is neither
    (a file tool is read by its operands)."""
    if name in _TREE_BUILDERS:
        if not inside(cwd):
            return "builds in a directory outside the build context's copies"
        args = argv[1:]
        if "install" in args or any(a.startswith("DESTDIR=") for a in args) or \
                name == "cmake" and "--install" in args:
            return "installs outside the tree it builds"
        directory = option_value(args, *_DIRECTORY_OPTIONS.get(name, ()))[1]
        if directory is not None and not inside(resolve_path(cwd, directory)):
            return f"works in {directory}, outside the build context's copies"
        return ""
    if name in ("go", "cargo") and len(argv) > 1 and argv[1] in ("build", "vet", "generate",
                                                               "fmt", "test"):
        if "-o" in argv and not inside(resolve_path(cwd, option_value(argv[2:], "-o")[1] or "")):
            return "writes its output outside the build context's copies"
        return "" if inside(cwd) else "builds outside the build context's copies"
    if name == "git" and len(argv) > 1 and argv[1] in ("clone", "submodule", "checkout",
                                                       "fetch", "pull", "apply"):
        from .recipes.source_trees import clone_destination
        if argv[1] == "clone":
            dest = clone_destination(tuple(argv), cwd)
            return "" if inside(dest) else "clones outside the build context's copies"
        return "" if inside(cwd) else "works outside the build context's copies"
    if name in downloads.TOOLS:
        got = downloads.read(argv)
        if got.stdout or not got.known or not got.files:
            return "fetches a file whose destination is not read"
        target = next((f for f in got.files if not inside(resolve_path(cwd, f))), None)
        return "" if target is None else \
            f"fetches {target}, outside the build context's copies"
    if name in ("tar", "unzip"):
        directory = option_value(argv[1:], "-C", "--directory", "-d")[1]
        where = resolve_path(cwd, directory) if directory else cwd
        return "" if inside(where) else "unpacks outside the build context's copies"
    return None


def trees_of(copies, before: int) -> Sequence[str]:
    """The directories the build context's COPY/ADDs before index ``before`` fill (their
    destinations; a file copied by name adds its directory only when it is copied into
    one), as ``analysis.context_copies`` reads them."""
    out = []
    for copy in copies:
        if copy.fact.index >= before:
            continue
        target = copy.target
        if copy.into_directory or any(s.rstrip("/") in (".", "") or s.endswith("/")
                                      for s in copy.sources):
            out.append(target.rstrip("/") or "/")
    return [t for t in dict.fromkeys(out) if t not in SYSTEM_DIRS | SHARED_DIRS]

