"""Whether the build part of a stage (the instructions before the end of the build)
puts files in an application directory.

An interpreted program's directory (the final WORKDIR, a COPY destination) reaches the
runner as a tree copied from the builder only when the builder has something there.  A
directory that only instructions after the build fill (``ADD . /app`` after ``pip
install``, ``WORKDIR /code`` after the build) is filled by the runner itself, which
repeats those instructions: the builder never had it, and a ``COPY --from=builder`` of
it fails the build.  What a RUN writes is not guessed: a RUN counts as filling the
directory unless its words show it does not (no path in the directory, not run in it,
no program that writes where it runs beside it, no word left unknown)."""

from __future__ import annotations

import fnmatch
import posixpath
from dataclasses import dataclass
from typing import List, Optional

from ...analysis import StageFacts, downloads
from ...analysis.shell import program_name, split_commands
from ...analysis.state import resolve_path
from ...analysis.variables import expand
from ...tree import ast
from ..runtime_inputs import copy_target
from . import run_walk
from .run_walk import where_of
from ...analysis.paths import is_within, overlaps

#: programs that write into the directory they run in under names of their own (an
#: archive's, a repository's), whose words need not name what they create
_WRITES_WHERE_RUN = frozenset({"git", "tar", "bsdtar", "unzip", "wget", "curl", "svn", "hg",
                               "gunzip", "bunzip2", "7z", "jar", "aria2c"})


def _implicit_writes(name: str, argv, cwd: str) -> Optional[List[str]]:
    """What ``argv`` (one of ``_WRITES_WHERE_RUN``) writes beside the paths its words
    name, as absolute paths; None when not known (an archive's content)."""
    words = [w for w in argv[1:] if not w.startswith("-")]
    if name in downloads.TOOLS:  # (``curl -O``, ``wget URL`` name a file after the URL)
        got = downloads.read(argv)
        return [resolve_path(cwd, f) for f in got.files] if got.known else None
    if name == "git":
        if words[:1] != ["clone"]:
            return []  # other commands write the repository they run in (cwd)
        dest = clone_destination(argv, cwd)
        return [dest] if dest else None
    return None


#: ``git clone``'s options that take the next word as their value
_CLONE_VALUED = frozenset({"-b", "--branch", "--depth", "-o", "--origin", "-c", "--config",
                           "--reference", "--reference-if-able", "-j", "--jobs",
                           "--separate-git-dir", "--template", "-u", "--upload-pack",
                           "--shallow-since", "--shallow-exclude", "--filter", "--bundle-uri"})
#: ``git clone``'s options that take no value; any other option (one whose value may
#: be the next word) leaves the destination unknown
_CLONE_FLAGS = frozenset({"-q", "--quiet", "-v", "--verbose", "--progress", "--recursive",
                          "--recurse-submodules", "--single-branch", "--no-single-branch",
                          "--bare", "--mirror", "--shallow-submodules",
                          "--no-shallow-submodules", "--no-checkout", "-n", "-l", "--local",
                          "--no-hardlinks", "-s", "--shared", "--dissociate", "--no-tags",
                          "--remote-submodules", "--sparse", "--also-filter-submodules"})


def clone_destination(argv, cwd: Optional[str]) -> Optional[str]:
    """The directory a ``git clone`` (``argv``, run in ``cwd``) checks out into, or None
    when ``argv`` is not a clone or its destination is not known."""
    if not argv or program_name(argv[0]) != "git" or cwd is None:
        return None
    args = list(argv[1:])
    if not args or args[0] != "clone":
        return None  # (git's own options before the command: not read)
    words, pos = [], 1
    while pos < len(args):
        word = args[pos]
        if word == "--":
            words.extend(args[pos + 1:])
            break
        if word.startswith("-"):
            if word in _CLONE_VALUED:
                pos += 2
            elif word in _CLONE_FLAGS or "=" in word or word.startswith("--recurse-submodules"):
                pos += 1
            else:
                return None  # (its value, if it takes one, would be read as the URL)
            continue
        words.append(word)
        pos += 1
    if not words or len(words) > 2 or any("$" in w or "`" in w for w in words):
        return None
    if len(words) == 2:
        return resolve_path(cwd, words[1])
    repo = words[0].rstrip("/")
    name = posixpath.basename(repo.split(":")[-1] if "://" not in repo else repo)
    name = name[:-4] if name.endswith(".git") else name
    return resolve_path(cwd, name) if name else None


def _unpacks_into(name: str, argv, cwd: str) -> Optional[str]:
    """The directory ``tar``/``unzip`` unpacks into (-C / -d), or None when not known."""
    flag = "-d" if name == "unzip" else "-C"
    for pos, word in enumerate(argv[1:-1], 1):
        if word in (flag, "--directory"):
            value = argv[pos + 1]
            return None if "$" in value else resolve_path(cwd, value)
        if word.startswith("--directory="):
            return resolve_path(cwd, word.partition("=")[2])
    return cwd


def _tar_makes_archive(argv) -> bool:
    """Whether a ``tar`` creates or lists an archive (``tar -C / -cf out.tar -T list``,
    ``tar tzf x.tgz``): it writes only the archive named by -f, a word of its own,
    and unpacks nothing."""
    for pos, word in enumerate(argv[1:], 1):
        if word in ("--create", "--list"):
            return True
        if word in ("--extract", "--get", "--append", "--update", "--concatenate"):
            return False
        letters = word[1:] if word.startswith("-") and not word.startswith("--") else \
            word if pos == 1 else ""  # (the old style: the first word is the letters)
        if any(m in letters for m in "xrAu"):
            return False
        if "c" in letters or "t" in letters:
            return True
    return False


#: programs whose words write nothing (their output goes to stdout or a redirection)
_PRINTERS = frozenset({"echo", "printf", "test", "[", "true", ":"})


def _may_name(got, cwd: str, top: str, written: Optional[str] = None) -> bool:
    """Whether a word whose value is not all known (a variable not known, a command
    substitution) may name a path in ``top``: its known start decides
    (``ansible==${VERSION}`` names no path there; ``$APP/x`` may).  ``written``: the
    word before expansion, whose text up to its first expansion is that start where
    a variable without a value expanded to "" (``rm -r "$GNUPGHOME"``)."""
    value = got.value
    if not got.complete and written is not None:
        cut = min([i for i in (written.find("$"), written.find("`")) if i >= 0] or
                  [len(written)])
        value = written[:cut] + "$"
    cut = min([i for i in (value.find("$("), value.find("`")) if i >= 0] or [len(value)])
    if not got.complete and "$" in value:
        cut = min(cut, value.find("$"))
    if cut == len(value):
        return False  # all known
    prefix = value[:cut]
    if prefix.startswith("-"):
        if "=" not in prefix:
            return False  # an option's own characters (-j$(nproc))
        prefix = prefix.partition("=")[2]
    if not prefix:
        return True
    start = prefix if prefix.startswith("/") else posixpath.join(cwd, prefix)
    return (top.rstrip("/") + "/").startswith(start) or start.startswith(top.rstrip("/") + "/")


@dataclass(frozen=True)
class Filling:
    """How the build may put files in a directory: ``certain`` (a copy lands there, a
    RUN works or writes there) or not known (``why``: an archive unpacked above it, a
    word a variable leaves unknown)."""

    certain: bool
    why: str


def build_fills(facts: StageFacts, directory: str, before: int,
                installers: bool = True, copies: bool = True) -> Optional[Filling]:
    """How the instructions before index ``before`` may put files in ``directory``; None
    when they do not (creating it empty with ``mkdir`` or WORKDIR does not count, nor
    a RUN of setup commands only: the runner's WORKDIR or its repeat of the setup RUN
    makes it too).  A certain filling is reported before one not known.
    ``installers=False``: a package installer's word naming a path there (``pip install
    flask`` in /srv names /srv/flask) does not count, as it reads such a path (a local
    project) and installs elsewhere; where a directory may be the application's, that
    word still says so.  ``copies=False``: the context's COPY/ADD do not count (what
    the RUNs alone put there)."""
    top = directory.rstrip("/") or "/"
    unknown: List[Filling] = []

    def inside(path: Optional[str]) -> bool:
        return is_within(path, top)

    def above(path: str) -> bool:
        return path == "/" or top.startswith(path.rstrip("/") + "/")

    for fact in facts.instructions[:before]:
        node = fact.node
        where = where_of(fact)
        if isinstance(node, (ast.Copy, ast.Add)) and node.flag("from") is None:
            if not copies:
                continue
            how = _copy_fills(node, fact, inside, above)
            if how == "certain":
                return Filling(True, f"{node.name} at {where} copies there")
            if how:
                unknown.append(Filling(False, f"{node.name} at {where} {how}"))
        elif isinstance(node, ast.Workdir) and inside(fact.after.workdir):
            return Filling(True, f"WORKDIR at {where}: the build runs there")
        elif isinstance(node, ast.Run) and (node.heredocs or not isinstance(
                node.command, ast.ShellForm)):
            if node.heredocs:
                unknown.append(Filling(False, f"RUN at {where} runs a heredoc"))
        elif isinstance(node, ast.Run) and split_commands(node.command.text).complex:
            # a construct the walk may not follow (a loop, a function): its text decides
            text = expand(node.command.text, fact.before.variables())
            if top in text.value:
                return Filling(True, f"RUN at {where} names it")
            if not text.complete:
                unknown.append(Filling(False, f"RUN at {where} is a shell construct that is "
                                       "not followed, with variables whose values are not "
                                       "known"))
    from ..passes.classify import RUNTIME_SETUP, _only
    # a RUN of nothing but users, directories and modes runs in the runner too
    # (classify), which so makes what it makes there itself
    repeated = {f.index for f in facts.instructions[:before]
                if isinstance(f.node, ast.Run) and _only(f.node, RUNTIME_SETUP)}
    for step in run_walk.steps(facts):
        if step.index >= before:
            break
        if not step.argv or step.index in repeated:
            continue
        run = f"RUN at {step.where}"
        if step.cwd is None:
            unknown.append(Filling(False, f"{run} runs in a directory that is not known"))
            continue
        words = [expand(w, step.env) for w in step.argv]
        argv = tuple(got.value for got in words)
        unknown_words = [] if program_name(argv[0]) in _PRINTERS else [
            w for w, got in zip(step.argv[1:], words[1:])
            if _may_name(got, step.cwd, top, w)]
        if inside(step.cwd):
            return Filling(True, f"{run} works there")
        name = program_name(argv[0])
        if name in ("tar", "bsdtar") and _tar_makes_archive(argv):
            pass  # (the archive it writes is one of its words, read below)
        elif name in ("tar", "bsdtar", "unzip"):  # an archive's content, where it unpacks
            into = _unpacks_into(name, argv, step.cwd)
            if into is None or overlaps(into, top):
                unknown.append(Filling(False, f"{run} unpacks an archive "
                                       f"{'in ' + into if into else 'where'}, whose content "
                                       "is not known"))
        elif name in _WRITES_WHERE_RUN and above(step.cwd):
            made = _implicit_writes(name, argv, step.cwd)
            if made is not None and any(p is not None and inside(p) for p in made):
                return Filling(True, f"{run} (`{name}`) writes there")
            if name == "git" and made and all(p is not None and above(p) for p in made):
                # a clone holding it: its files are the repository's, in the builder
                return Filling(True, f"{run} clones the repository that holds it")
            if made is None or any(p is None or above(p) for p in made):
                unknown.append(Filling(False, f"{run} runs `{name}` in {step.cwd}, which "
                                       "writes under names that are not known"))
        if unknown_words:
            unknown.append(Filling(False, f"{run} has a word whose value is not known "
                                   f"({unknown_words[0]})"))
        for word in argv[1:]:
            value = word.partition("=")[2] if word.startswith("-") else word
            if not value or "://" in value:
                continue
            if name != "mkdir" and not (not installers and _installs(argv)) and \
                    inside(posixpath.normpath(posixpath.join(step.cwd, value))):
                return Filling(True, f"{run} names a path there ({word})")
    return unknown[0] if unknown else None


def _installs(argv) -> bool:
    """Whether ``argv`` is a pip install (``pip install``, ``python -m pip install``,
    ``uv pip install``), whose words name requirements and what it reads."""
    from .python_full_image import install_args  # (it imports interpreted, which imports us)
    found = install_args(argv)
    return found is not None and found[0] == "pip"


def _copy_fills(node, fact, inside, above) -> str:
    """"certain" for a context COPY/ADD landing in the directory or landing a
    directory's contents above it (``COPY . /``, ``COPY app /``; a source named like a
    file, ``requirements.txt``, copied above it lands beside it); why not known, or
    ""."""
    target = copy_target(node, fact)
    if target is None:
        return "copies to a directory that is not known"
    target = target.rstrip("/") or "/"
    into = (node.destination or "").endswith("/") or len(node.sources) > 1
    for src in node.sources:
        name = posixpath.basename(src.rstrip("/"))
        file_like = "://" in src or (not src.endswith("/") and "." in name.lstrip(".") and
                                     name not in (".", ".."))
        landed = posixpath.join(target, name) if file_like and into else target
        if inside(landed) or (not file_like and above(landed)):
            return "certain"
    return ""


def copied_after(facts: StageFacts, program: str, after: int) -> Optional[str]:
    """Where (``COPY at line N``) a context COPY/ADD after index ``after`` (the build)
    puts the file ``program`` runs (a path, or a name looked up on the final PATH): the
    runner repeats that copy itself, so the file is there as in the original."""
    from ...analysis.context_copies import context_path
    final = facts.final
    targets = [resolve_path(final.workdir, program)] if "/" in program else \
        [posixpath.join(d.rstrip("/") or "/", program) for d in final.path_dirs]
    found = None
    for fact in facts.instructions[after + 1:]:
        node = fact.node
        if not isinstance(node, (ast.Copy, ast.Add)) or node.flag("from") is not None:
            continue
        to = copy_target(node, fact)
        if to is None:
            continue
        into = (node.destination or "").endswith("/") or len(node.sources) > 1
        for src in node.sources:
            if "://" in src or "$" in src:
                continue
            for target in targets:
                if target is None:
                    continue
                if any(c in src for c in "*?["):
                    hit = into and posixpath.join(to.rstrip("/") or "/",
                                                  posixpath.basename(target)) == target and \
                        fnmatch.fnmatchcase(posixpath.basename(target), posixpath.basename(src))
                elif "/" not in program:  # found through PATH: the file itself copied there
                    name = posixpath.basename(src.rstrip("/"))
                    hit = name == program and (posixpath.join(to, name) if into else to) == \
                        target
                else:
                    hit = context_path(src, to, into, target) is not None or (
                        src.endswith("/") and target.startswith(to.rstrip("/") + "/"))
                    # (``COPY docker/ /home/app/``: a directory's content lands there)
                if hit:
                    line = f"line {node.span.line}" if node.span else "its line"
                    found = f"{node.name} at {line}"
    return found
