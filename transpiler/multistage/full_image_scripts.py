"""Entry scripts on the slim sibling of a full interpreter image (issue 18).

``python:3.x`` and ``node:X`` are built on buildpack-deps, which adds curl, wget, git,
ssh, gcc, make, imagemagick ... to Debian; their slim siblings (the runner the Python
and Node recipes choose) have none of them.  A command that runs a shell script
(``sh ./start.sh``, ``./entrypoint.sh``) or an interactive shell may use any of those
programs, and the rewrite would fail only when the script reaches that line
(``curl: not found``).  So the script is read from the build context (``--context``)
and declined when it runs one of the full image's own programs, a further script, or
a command too complex to follow; without the context it is declined: the original's
image works whatever the script runs, a guess does not.

Which programs the full image adds comes from the buildpack-deps Dockerfiles' package
lists in the image data (every release, so a program any of them adds counts), with
the programs of the packages whose commands do not carry the package's name.  Those
lists do not name what their packages' dependencies bring: the full node image's
python3 among them, so the interpreters of the other official image families
(``INTERPRETERS``) count too, as the slim sibling has only its own."""

from __future__ import annotations

import functools
import gzip
import json
import os
import posixpath
import re
from typing import FrozenSet, Sequence, Tuple

from ..analysis.commands import SHELLS
from ..analysis.shell import program_name, split_commands, unwrap
from ..knowledge.official import DATA
from ..knowledge.references import split_reference
from ..safe_files import read_text
from .decline import Decline
from . import foreign_context
from .entry_programs import LANGUAGE_FILES, SCRIPT_LIMIT, context_script, handed_script
from .recipes import full_image_libraries
from .recipes.node_commands import TASK_RUNNERS

#: commands of the buildpack-deps packages whose names differ from the package's
_PROGRAMS_OF = {
    "autoconf": ("autoconf", "autoreconf", "autoheader"),
    "automake": ("automake", "aclocal"),
    "bzip2": ("bzip2", "bunzip2", "bzcat"),
    "dpkg-dev": ("dpkg-buildpackage", "dpkg-source", "dpkg-architecture"),
    "g++": ("g++", "c++"),
    "gcc": ("gcc", "cc", "cpp"),
    "gnupg": ("gpg", "gpgv"),
    "gnupg2": ("gpg2", "gpg"),
    "imagemagick": ("convert", "identify", "mogrify", "composite", "montage", "magick"),
    "mercurial": ("hg",),
    "openssh-client": ("ssh", "scp", "sftp", "ssh-keygen", "ssh-keyscan", "ssh-agent",
                       "ssh-add"),
    "procps": ("ps", "pgrep", "pkill", "top", "free", "watch", "uptime", "vmstat"),
    "subversion": ("svn", "svnadmin"),
    "xz-utils": ("xz", "unxz", "xzcat"),
}
#: the interpreters and package managers of each official interpreter image: its slim
#: sibling has its own family's, not another's.  ``python3`` is in the full node image
#: (buildpack-deps' -dev packages depend on it; node-gyp runs it) and not in node:slim, so
#: a node script that runs it needs the full image (node-latest-start-unread--with-context
#: failed with `python3: not found` on node:slim before this was checked).
INTERPRETERS = {
    "node": frozenset({"node", "nodejs", "npm", "npx", "yarn", "yarnpkg", "corepack", "pnpm"}),
    "python": frozenset({"python", "python2", "python3", "pip", "pip2", "pip3"}),
    "ruby": frozenset({"ruby", "gem", "bundle", "bundler", "irb", "erb", "rake"}),
}


def _other_interpreter(name: str, image: str) -> bool:
    """Whether ``name`` is the interpreter or package manager of another official image
    family than ``image``'s (``python3`` in a node image's script), which the slim
    sibling lacks.  An image of none of these families answers False (not checked)."""
    family = split_reference(image)[0].rsplit("/", 1)[-1]
    if family not in INTERPRETERS:
        return False
    plain = re.sub(r"^(python|pip)([23])(\.[0-9]+)+$", r"\1\2", name)  # python3.11 -> python3
    return plain not in INTERPRETERS[family] and any(
        plain in programs for other, programs in INTERPRETERS.items() if other != family)


def package_programs(package: str) -> Tuple[str, ...]:
    """The commands of one of the packages the official images' layers install (its
    own name where no table says otherwise)."""
    return _PROGRAMS_OF.get(package, (package,))


@functools.lru_cache(maxsize=1)
def full_image_packages() -> FrozenSet[str]:
    """The packages buildpack-deps' layers install on Debian (and Ubuntu), from the image
    data: any release's (the full python and node images are built on them)."""
    with gzip.open(os.path.join(DATA, "buildpack-deps.json.gz"), "rt") as f:
        doc = json.load(f)
    return frozenset(p for entry in doc.get("entries", ()) for p in entry.get("k", ()))


@functools.lru_cache(maxsize=1)
def full_image_programs() -> FrozenSet[str]:
    """The commands buildpack-deps adds to Debian, from the image data."""
    names = set()
    for package in full_image_packages():
        if package.startswith("lib") or package.endswith("-dev"):
            continue
        names.update(package_programs(package))
    return frozenset(names)


def check(ctx, node, program: str, words: Sequence[str], where: str = "") -> None:
    """Decline the command ``node`` runs (``program``, argv ``words``) when it is a shell
    script or an interactive shell that may need a program of the full builder image
    the slim runner lacks (see the module docstring).  ``where``: the message's place
    when the program is one of a shell command's several (``node`` is then None)."""
    facts = ctx.facts
    if not full_image_libraries.applies(facts) or \
            getattr(ctx.detection, "node_image", None) == "own" or \
            full_image_libraries.runner_is_own_image(ctx.detection, ctx.runtime, facts):
        return  # (``node_own_image``, ``full_image`` with no other --runtime: the runner
        # is the very image, not a slim sibling)
    image = facts.base.reference
    where = where or f"{node.name} at {ctx.line_of(node)}"
    if program_name(program) in SHELLS:
        args = [w for w in words[1:] if not w.startswith("-")]
        if not args:
            raise Decline(f"{where} starts an interactive shell on {image}: every program of "
                          "the full image may be used, and its slim sibling lacks many")
        script = args[0]
    elif program.endswith(".sh"):
        script = program
    elif "/" in program and not program.endswith(LANGUAGE_FILES) and \
            "node_modules" not in program.split("/") and \
            context_script(ctx, program) is not None:
        # a file of the build context (`bin/docker/build`, `./start_server.bash`): a
        # script too, whose programs are as unknown (node_modules/.bin: npm's links)
        script = program
    elif program_name(program) in ("npm", "yarn", "pnpm"):
        _package_script(ctx, where, image, program_name(program), list(words[1:]))
        return
    elif program_name(program) in TASK_RUNNERS:
        ctx.detection = full_image_libraries.on_full_image(ctx.detection, (
            f"{where} runs {program_name(program)}, whose tasks (its Gruntfile or gulpfile) "
            f"are not read: they may run programs {image} has and its slim sibling lacks "
            "(curl, git, ssh, gcc ...)"))
        return
    else:
        _process_manager(ctx, where, image, program, words)
        return
    lacks = f"it may run programs {image} has and its slim sibling lacks (curl, git, ssh, gcc ...)"
    if program_name(program) in SHELLS and "/" not in script:
        # (`bash run.sh`: the shell opens ./run.sh, or bash one on PATH)
        found = handed_script(ctx, script)[1]
    else:
        found = context_script(ctx, script) if "/" in script or ctx.context is not None \
            else None
    if ctx.context is None or found is None:
        unread = foreign_context.give(ctx, " with the script in it") \
            if ctx.context is None else \
            "the build context given does not hold it"
        raise Decline(f"{where} runs the shell script {script}, which is not read "
                      f"({unread}): {lacks}")
    _fact, source = found
    root = os.path.realpath(ctx.context)
    try:
        text = read_text(os.path.join(root, source), SCRIPT_LIMIT, within=root)
    except OSError as exc:
        raise Decline(f"{where} runs the shell script {script}, which cannot be read ({exc}): "
                      f"{lacks}") from None
    _check_commands(where, script, text, image, lacks)
    ctx.added.append(f"{where} runs the shell script {script}, read from the build context: "
                     f"it runs none of the programs {image} has and its slim sibling lacks")


def _check_commands(where: str, script: str, text: str, image: str, lacks: str) -> None:
    """Decline when the shell text of ``script`` runs a program of the full image, a
    further script, or is too complex to follow."""
    parsed = split_commands(text)
    if parsed.complex:
        raise Decline(f"{where} runs the shell script {script}, too complex to follow "
                      f"({parsed.problem}): {lacks}")
    full = full_image_programs()
    for cmd in parsed.commands:
        argv = unwrap(cmd).argv
        if not argv:
            continue
        name = program_name(argv[0])
        if argv[0].startswith("$") or name.endswith(".sh"):
            raise Decline(f"{where}: {script} runs `{argv[0]}`, which is not followed: {lacks}")
        if "/" in argv[0] and not posixpath.isabs(argv[0]):
            continue  # (`./bin/git`, `node_modules/.bin/x`: a file of the app, not the image's)
        # by name or by absolute path alike: /usr/bin/git and /usr/bin/python3 are the full
        # image's files, which the slim sibling lacks as it lacks git and python3 on PATH
        if name in full:
            raise Decline(f"{where}: {script} runs `{name}`, a program {image} has and its "
                          "slim sibling lacks")
        if _other_interpreter(name, image):
            raise Decline(f"{where}: {script} runs `{name}`, the interpreter of another "
                          f"image family, which {image}'s slim sibling lacks")


def _process_manager(ctx, where: str, image: str, program: str, words) -> None:
    """``pm2 start pm2.json``: a process manager starting what its configuration (or
    a command) names, which is not read, may start a shell script or a program of the
    full image as ``npm start`` may: the runner is the builder's own image, which works
    whatever it starts.  A process file read from the build context that starts node
    on the app's files (``script: "app.js"``) starts what ``CMD node app.js`` does."""
    from .npm_config import is_process_file, process_file_read
    from .recipes.node_commands import other_program, process_manager_start

    started = process_manager_start((program,) + tuple(words[1:]))
    if started is None:
        return
    manager = program_name(program)
    programs = process_file_read(ctx, started) if is_process_file(started) else None
    if programs is not None and other_program(programs) is None:
        ctx.added.append(f"{where} runs {manager}, whose {started} (read from the build "
                         "context) starts node on the app's files, nothing of the full image")
        return
    what = f"`{started}`, not read" if programs is None else \
        f"`{other_program(programs)}` (named by {started})"
    why = (f"{where} runs {manager}, which starts {what}: it may run programs {image} has "
           "and its slim sibling lacks (curl, git, ssh, gcc ...)")
    ctx.detection = full_image_libraries.on_full_image(ctx.detection, why)


def _package_script(ctx, where: str, image: str, manager: str, words) -> None:
    """``npm start`` / ``yarn X``: the package.json script is a shell command, which may
    run a program of the full image as a shell script may (``"start": "convert ... &&
    node app.js"``).  Read from the build context, it is checked as one; not read (no
    --context, package.json not copied whole: d4d83da8's node:carbon), or running such
    a program, the runner is the builder's own image, which works whatever it runs (the
    rewrite still leaves the build's caches and tools outside the app behind)."""
    from .recipes.node import _script_words, script_package

    script = _script_words(manager, words)
    if script is None:
        return
    name = "start" if script[0] == "start" else (script[1] if len(script) > 1 else None)
    shown = " ".join([manager] + list(words))
    lacks = f"it may run programs {image} has and its slim sibling lacks (curl, git, ssh, gcc ...)"
    package, elsewhere = script_package(ctx.detection, ctx.facts, manager, words)
    if package is None:
        why = (f"{where} runs `{shown}`, a package.json script that is not read ("
               f"{elsewhere or 'give --context with package.json in it'}): {lacks}")
    else:
        scripts = package.get("scripts") if isinstance(package.get("scripts"), dict) else {}
        body = scripts.get(name) if name else None
        if not isinstance(body, str):
            return  # npm's default start (node server.js), or no such script (the recipe says)
        try:
            _check_commands(where, f"the package.json script {name!r}", body, image, lacks)
            return
        except Decline as exc:
            why = exc.reason
    ctx.detection = full_image_libraries.on_full_image(ctx.detection, why)
