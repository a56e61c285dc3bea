"""Paths the final command names that a RUN kept in the builder wrote.

``CMD ["prog", "data/input.txt"]`` in /root after ``curl ... | tar -xz`` there, or
``CMD ["app", "-c", "/opt/conf/app.yaml"]`` after ``wget -P /opt/conf`` that a later
step of the build reads too: the command names a file that the builder has and the
runner lacks unless something copies it.  ``prebuild_files`` carries what builder RUNs
create and no later command reads; a path the command names is the program's whatever
the build did with it, so it is carried too:

- where a builder RUN creates it by name, or a directory holding it (``mkdir``, ``cp``,
  ``wget -O``, ``git clone``), that path is copied as the build left it;
- where an archive is unpacked into a directory holding it (``tar -x``, ``unzip``: what
  it holds is not known from the Dockerfile's words), that directory is copied whole,
  unless it is a system or shared directory (/root, /srv, /tmp, /usr/local: copying it
  would copy the system or other programs' files), where the rewrite declines.

A path the runner has anyway (an artifact, a tree it copies, a context copy it repeats,
what its own RUNs write) and one the build removes again are left alone; so are the
words that do not look like paths (a subcommand, ``host:port``, a URL, an option).

The same reasoning as ``prebuild_files`` (what a builder-only RUN leaves and no later
command of the build reads is the program's) covers what that module cannot name:

- ``unread_unpacks``: a directory such a RUN unpacks an archive into (``WORKDIR /data``
  then ``curl ... | tar -xz``; ``tar -xz -C /usr/share/GeoIP``) that no later command
  reads, works in, runs a program from through PATH or empties, copied whole (a system
  or shared directory declines);
- ``unread_edits``: a file of the image such a RUN edits in place (``sed -i`` of
  ``$JAVA_HOME/conf/security/java.security``, ``keytool -importcert -cacerts``),
  copied as edited;
- ``unread_image_copies``: a ``COPY --from=<image>`` before the build whose files no
  later command reads declines (what they are is not known)."""

from __future__ import annotations

import posixpath
import re
from typing import Dict, List, Optional, Sequence, Set, Tuple

from ..analysis.paths import is_within, within_any
from ..analysis.shell import program_name
from ..knowledge.filesystem import BUILD_ONLY_DIRS, PROGRAM_DIRS, SHARED_DIRS, SYSTEM_DIRS
from ..tree import ast
from .decline import Decline
from .recipes.run_walk import path_arg, steps
from .recipes.source_trees import _tar_makes_archive, _unpacks_into
from .runtime_inputs import copy_target
from .prebuild_files import home_tool_path, removed_by
from .recipes.workdir_reads import commands, copied_from_context

#: a relative word naming a file by its extension (``config.yaml``, ``model.pt``)
_FILE_NAME = re.compile(r"[^/]*[A-Za-z_][^/]*\.[A-Za-z][A-Za-z0-9]{0,5}")


def named_paths(facts) -> List[str]:
    """The absolute paths the final ENTRYPOINT/CMD's words name: absolute words, and
    relative ones holding a ``/`` or named like a file, against the final WORKDIR;
    an option's value after ``=`` too."""
    workdir = facts.final.workdir or "/"
    out: List[str] = []
    for words in commands(facts):
        for i, word in enumerate(words):
            value = word.split("=", 1)[1] if word.startswith("-") and "=" in word else word
            if i == 0 and "/" not in value:
                continue  # (a program looked up on PATH)
            if not value or value.startswith("-") or any(c in value for c in "$`*?[:@{'\"\\ "):
                continue
            if not value.startswith("/") and "/" not in value and \
                    not _FILE_NAME.fullmatch(value):
                continue
            path = posixpath.normpath(posixpath.join(workdir, value))
            if path.startswith("//"):
                path = path[1:]
            if path in SYSTEM_DIRS or path.startswith(("/dev/", "/proc/", "/sys/")):
                continue
            out.append(path)
    return list(dict.fromkeys(out))


def runner_copies(ctx, present: Sequence[str], builder_name: str,
                  builder_only: Set[int], created) -> List[ast.Copy]:
    """The runner's ``COPY --from=builder`` of what holds each path the command names
    that a builder-only RUN (index in ``builder_only``) wrote and the runner lacks
    (``present``: the paths and trees it has).  ``created(step)``: the paths one command
    says it creates (``prebuild_files``)."""
    walked = list(steps(ctx.facts))
    out: List[ast.Copy] = []
    have = [p.rstrip("/") or "/" for p in present]
    for path in named_paths(ctx.facts):
        if within_any(path, have) or _landed_by_runner(ctx, path):
            continue
        found = _writer(path, walked, builder_only, created)
        if found is None:
            continue
        carried, step, unpacked = found
        if unpacked and (carried in SYSTEM_DIRS or carried in SHARED_DIRS):
            raise Decline(f"the command names {path}, in {carried}, where the RUN at "
                          f"{step.where} unpacks an archive whose content is not known: "
                          f"{carried} holds the system or other programs' files and cannot "
                          "be copied to the runner apart from them, so the runner would lack "
                          "what the program reads there")
        if within_any(carried, have):
            continue
        how = (f"unpacks an archive into {carried}, whose content is not known" if unpacked
               else f"writes {carried}")
        out.append(_carry(ctx, builder_name, carried,
                          f"the command names {path}: the RUN at {step.where} {how}",
                          f"the command names {path}, and the RUN at {step.where}, which runs "
                          f"in the builder only, {how}"))
        have.append(carried)
    return out


def _writer(path: str, walked, builder_only: Set[int],
            created) -> Optional[Tuple[str, object, bool]]:
    """(what to copy, the step, whether an archive is unpacked) for the last builder-only
    command that writes ``path`` or a directory holding it and that no later command
    removes; None when none does."""
    found = None
    for pos, step in enumerate(walked):
        if step.index not in builder_only or step.problem or not step.argv or \
                step.cwd is None:
            continue
        later = walked[pos + 1:]
        into = _unpacked_into(step)
        if into is not None and is_within(path, into) and not _removed(path, later) and \
                not _emptied(into, later):
            found = (into, step, True)
            continue
        if program_name(step.argv[0]) == "mkdir":
            continue  # (an empty directory: what fills it is another command)
        for made in created(step):
            if made in SYSTEM_DIRS or not is_within(path, made) or _removed(path, later):
                continue
            found = (made, step, False)
    return found


def unread_unpacks(ctx, present: Sequence[str], builder_name: str, builder_only: Set[int],
                   consumed) -> List[ast.Copy]:
    """The runner's ``COPY --from=builder`` of each directory a builder-only RUN unpacks
    an archive into that no later command of the build reads or removes
    (``consumed(path, later)``, ``prebuild_files.read_or_removed_later``): like a file
    such a RUN creates by name, what it unpacked is there for the program, which may
    read it by a path of its own (``tar -xz -C /usr/share/GeoIP``); a system or shared
    directory, which cannot be copied apart from what else it holds, declines."""
    walked = list(steps(ctx.facts))
    out: List[ast.Copy] = []
    have = [p.rstrip("/") or "/" for p in present]
    for pos, step in enumerate(walked):
        if step.index not in builder_only or step.problem or not step.argv or \
                step.cwd is None:
            continue
        into = _unpacked_into(step)
        later = walked[pos + 1:]
        if into is None or within_any(into, have) or within_any(into, BUILD_ONLY_DIRS) or \
                consumed(into, later) or _run_through_path(into, later, builder_only) or \
                _emptied(into, later) or _members_run(step, later, builder_only) or \
                _members_held(step, have):
            continue
        if into in SYSTEM_DIRS or into in SHARED_DIRS:
            raise Decline(f"the RUN at {step.where} unpacks an archive into {into}, whose "
                          "content is not known, and no later command of the build reads it: "
                          "it is there for the program, and "
                          f"{into} cannot be copied to the runner apart from the system or "
                          "other programs' files it holds")
        out.append(_carry(ctx, builder_name, into, f"the RUN at {step.where} unpacks an "
                          "archive here and no command of the build reads it: the program "
                          "may read it", f"the RUN at {step.where} unpacks an archive into "
                          "it, whose content is not known, and no later command of the build "
                          "reads it, so it is there for the program"))
        have.append(into)
    return out


def unread_image_copies(ctx, present: Sequence[str], builder_only: Set[int], consumed) -> None:
    """Declines where a ``COPY --from=<image>`` the builder makes brings files no later
    command of the build reads (``COPY --from=busybox /bin/busybox /bin/busybox``):
    like what a RUN there writes by name, they are there for the program, and what they
    are (a static program, one linked against the other image's libraries, data) is
    not known, so whether the runner could run them is not either."""
    walked = list(steps(ctx.facts))
    have = [p.rstrip("/") or "/" for p in present]
    for placement in ctx.placements:
        node = placement.node
        if placement.where != "builder" or not isinstance(node, (ast.Copy, ast.Add)) or \
                node.flag("from") is None:
            continue
        target = copy_target(node, ctx.facts.instructions[placement.index])
        if target is None:
            continue
        into = node.destination.endswith("/") or len(node.sources) > 1
        places = [posixpath.join(target, posixpath.basename(src.rstrip("/")))
                  for src in node.sources] if into else [target]
        later = [s for s in walked if s.index > placement.index]
        for place in places:
            place = place.rstrip("/") or "/"
            if within_any(place, have) or within_any(place, BUILD_ONLY_DIRS) or \
                    consumed(place, later) or _run_through_path(place, later, builder_only):
                continue
            raise Decline(f"{node.name} --from={node.flag('from').value} at "
                          f"{ctx.line_of(node)} brings {place} from another image, and no "
                          "later command of the build reads it: it is there for the program, "
                          "and what it holds (a program linked against that image's "
                          "libraries, data) is not known, so neither is whether the runner "
                          f"{ctx.runner.image} could use it")


def unread_edits(ctx, present: Sequence[str], builder_name: str, builder_only: Set[int],
                 consumed) -> List[ast.Copy]:
    """The runner's ``COPY --from=builder`` of each file of the image a builder-only RUN
    edits in place (``edited_in_place``) outside /etc (``system_configuration``'s) and
    the copied trees, where no later command of the build reads it or works in its
    directory: a program's own configuration (``$JAVA_HOME/conf/security/java.security``
    re-enabling TLSv1, a CA added to the JDK's ``cacerts``) that the program reads at
    run time, which the runner's copy of the same software would have unedited.  A file
    the RUN writes anew is ``prebuild_files``' already."""
    walked = list(steps(ctx.facts))
    out: List[ast.Copy] = []
    have = [p.rstrip("/") or "/" for p in present]
    for pos in _proven_commands(walked):
        step = walked[pos]
        if step.index not in builder_only:
            continue
        for word, path in _edited(step):
            if path is None:
                raise Decline(f"the RUN at {step.where} edits {word} in place, a file whose "
                              "path is not known (a variable the Dockerfile and the image "
                              "data do not show): whether the program reads it, and whether "
                              "the runner would have the edit, is not known")
    for path, pos in edited_in_place(ctx.facts, walked).items():
        step = walked[pos]
        later = walked[pos + 1:]
        if step.index not in builder_only or \
                path.startswith(("/etc/", "/proc/", "/dev/")) or within_any(path, have) or \
                within_any(path, BUILD_ONLY_DIRS) or home_tool_path(path) or \
                consumed(path, later) or consumed(posixpath.dirname(path), later):
            continue
        _same_java_home(ctx, step, path)
        out.append(_carry(ctx, builder_name, path, f"edited by the RUN at {step.where}, "
                          "read by no command of the build: the program may read it as edited",
                          f"the RUN at {step.where} edits it in place and no later command "
                          "of the build reads it, so the edit is the program's (the runner's "
                          "own copy would be unedited)"))
        have.append(path)
    return out


def _same_java_home(ctx, step, path: str) -> None:
    """Declines where ``path`` lies in the builder's JAVA_HOME and the runner's Java is
    elsewhere (``maven:3-openjdk-11``'s /usr/local/openjdk-11, ``eclipse-temurin:11-jre``'s
    /opt/java/openjdk) or where the image data does not show: the runner's JVM reads
    its own copy of the file, and the edit carried to the builder's path would not be
    read."""
    from ..knowledge.images import image_facts
    home = (step.env.get("JAVA_HOME") or "").rstrip("/")
    if not home or not is_within(path, home):
        return
    runner = image_facts(ctx.runner.image)
    theirs = (dict(runner.env or ()).get("JAVA_HOME") or "").rstrip("/") \
        if runner.current is not None else ""
    if theirs == home:
        return
    raise Decline(f"the RUN at {step.where} edits {path}, in the builder's JAVA_HOME {home}, "
                  f"and the runner {ctx.runner.image} has its Java "
                  f"{'at ' + theirs if theirs else 'where the image data does not show'}: "
                  "its JVM would read its own copy, unedited")


def _carry(ctx, builder_name: str, path: str, comment: str, why: str) -> ast.Copy:
    """``COPY --from=<builder> path path`` under ``# comment``, noted with ``why`` in
    the report's list of what was added."""
    ctx.added.append(f"{path} copied from the builder: {why}")
    return ast.Copy(keyword="COPY", flags=(ast.Flag("from", builder_name),), paths=(path, path),
                    leading=(ast.Comment(f"# {comment}"),))


def edited_in_place(facts, walked=None) -> Dict[str, int]:
    """{file: position in ``walked`` of the last command editing it} for the files the
    stage's commands edit in place where their failure fails the build (not in an
    ``if``/loop, nor before or after ``||``): ``sed -i`` stops on a file that is not
    there and ``keytool`` on a keystore it cannot write, so the build proves each is
    there when the RUN ends (an image's /etc/ssl/openssl.cnf, which
    ``system_configuration`` carries as edited; a JDK's java.security or cacerts)."""
    walked = list(steps(facts)) if walked is None else walked
    out: Dict[str, int] = {}
    for pos in _proven_commands(walked):
        for _, path in _edited(walked[pos]):
            if path is not None:
                out[path] = pos
    return out


def _proven_commands(walked) -> List[int]:
    """The positions of the commands in ``walked`` whose failure fails the build: not in
    an ``if``/loop, nor before or after ``||``."""
    out = []
    for pos, step in enumerate(walked):
        cmd = step.command
        if step.problem or cmd is None or cmd.construct or cmd.conditional or \
                not step.argv or cmd.separator_before == "||" or \
                pos + 1 < len(walked) and walked[pos + 1].index == step.index and \
                walked[pos + 1].command is not None and \
                walked[pos + 1].command.separator_before == "||":
            continue
        out.append(pos)
    return out


def _edited(step) -> List[Tuple[str, Optional[str]]]:
    """(word, file or None where the word's value is not known) for the files one
    command edits in place (``file_writes.edited_words``)."""
    from ..analysis.file_writes import edited_words
    out: List[Tuple[str, Optional[str]]] = []
    for word in edited_words(step.argv):
        got = path_arg(word, step)
        if got is None or not any(c in got for c in "*?["):
            out.append((word, got))
    return out


def _members(step) -> Optional[List[str]]:
    """The paths of the members a ``tar`` names (``tar -xz -C /usr/bin caddy``:
    ``/usr/bin/caddy``), None where it names none or in a way not read
    (``file_writes.tar_members``), or where one is not known."""
    from ..analysis.file_writes import tar_members
    named = tar_members(step.argv) if program_name(step.argv[0]) != "unzip" else None
    if named is None:
        return None
    paths = [path_arg(posixpath.join(named[0], m), step) for m in named[1]]
    return None if None in paths else paths


def _members_held(step, have: Sequence[str]) -> bool:
    """Whether the unpacking names its members and the runner has each
    (``path_programs`` carries a program put on the PATH so)."""
    paths = _members(step)
    return paths is not None and all(within_any(p, have) for p in paths)


def _members_run(step, later, builder_only: Set[int]) -> bool:
    """Whether a later command of the builder runs, by name, a member the unpacking
    names (``tar -xz -C /usr/local/bin dep`` then ``dep ensure``): the archive brought
    a tool of the build."""
    names = {posixpath.basename(p) for p in _members(step) or ()}
    return bool(names) and any(
        s.index in builder_only and s.argv and program_name(s.argv[0]) in names
        for s in later)


def _run_through_path(into: str, later, builder_only: Set[int]) -> bool:
    """Whether a later command of the builder runs a program by name with a PATH
    holding a directory in ``into``: the archive brought a toolchain the build runs
    (``tar -C /usr/local -xzf go1.10.3.linux-amd64.tar.gz``, ``ENV PATH
    $PATH:/usr/local/go/bin``, ``go install``), whichever program it is."""
    for step in later:
        if step.index not in builder_only or not step.argv or "/" in step.argv[0]:
            continue
        if any(d.startswith("/") and is_within(d.rstrip("/") or "/", into) and
               (d.rstrip("/") or "/") not in PROGRAM_DIRS
               for d in step.env.get("PATH", "").split(":")):
            return True  # (not the system's own directories, on every PATH)
    return False


def _landed_by_runner(ctx, path: str) -> bool:
    """Whether a COPY/ADD from the build context that the runner makes itself (one
    after the build, placed there as written) may land ``path``."""
    mine = {p.index for p in ctx.placements if p.where in ("runner", "both")}
    return copied_from_context(ctx.facts, path, mine)


def unpacked_dirs(facts) -> Set[str]:
    """The directories the stage's ``tar -x``/``unzip`` commands unpack into (where
    known): the builder makes them, the post-conditions' list of what it produces."""
    return {into for into in map(_unpacked_into, steps(facts)) if into is not None}


def _unpacked_into(step) -> Optional[str]:
    """The directory a ``tar -x``/``unzip`` command unpacks into; None for any other
    command, or where that directory is not known."""
    tool = program_name(step.argv[0]) if step.argv and step.cwd else ""
    if not (tool == "unzip" or tool in ("tar", "bsdtar") and not _tar_makes_archive(step.argv)):
        return None
    into = _unpacks_into(tool, step.argv, step.cwd)
    return None if into is None else into.rstrip("/") or "/"


def _emptied(into: str, later) -> bool:
    """Whether a later command removes ``into`` or everything in it (``rm -rf
    /srv/*``): what an archive unpacked there is gone in the original too."""
    return _removed(posixpath.join(into, "*"), later, emptied=True)


def _removed(path: str, later, emptied: bool = False) -> bool:
    """Whether a later command removes ``path`` or a directory holding it (``rm -rf``,
    ``rmdir``): the original's image lacks it as well.  ``emptied``: ``path`` is
    ``DIR/*``, removed by ``rm -rf DIR/*`` too (everything an archive put in DIR)."""
    return any(is_within(path, got) or emptied and got == path
               for step in later for got in removed_by(step))
