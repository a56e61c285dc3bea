"""Checks run on every transpiled output (like the formatter's safety check): the
output is re-read from its text and verified on its own terms and against what is
known of its images and packages (``knowledge``), not against the choices the passes
made.  Any failure means the input is returned unchanged, with the failed check as the
reason; a broken output is never produced.

What the builder writes is read from the output's builder stage by the recipe that
read the original (recipes are stateless, so reading again changes nothing): a path
the runner copies must be written there, not only in the original single stage."""

from __future__ import annotations

import fnmatch
import posixpath
import re
from typing import List, Optional, Set

from .. import parse
from ..analysis import analyze_stage, artifact_moves, global_args
from ..analysis.commands import SEVERAL, last, program_of, shell_command_string
from ..analysis.shell import every_command, unwrap
from ..analysis.state import resolve_path
from ..analysis.variables import expand, referenced_names
from ..buildkit.diagnostics import check
from ..buildkit import semantics
from ..knowledge import install_helpers, packages
from ..knowledge.images import image_facts
from ..tree import ast
from .passes.classify import is_build_only
from .passes.runner_stage import _expandable_texts
from .decline import Decline
from .entry_programs import BUILTINS
from .recipes import RECIPES
from .recipes.base import Detection
from .recipes import effect_capture, floating_site, run_walk
from .recipes.run_walk import kept_installs, steps
from .recipes.distribution_runner import STAGING
from .runner_packages import DEBCONF_DATABASE, REPOSITORY_FILES


class PostconditionError(Exception):
    pass


def verify(original: ast.Dockerfile, output_text: str, detection: Detection,
           allowed_changes=frozenset(), unmade: Optional[str] = None,
           parsed: Optional[ast.Dockerfile] = None) -> List[str]:
    """Checks that passed (names); raises PostconditionError on the first failure.
    ``unmade``: the command's program, taken by name in a directory copied whole, that
    the build does not show it makes (``Artifact.unmade``): its check says it is not
    made sure of.
    ``allowed_changes`` names final-image properties the recipe changes on purpose
    (a static site served by nginx gets nginx's CMD and port 80).  The builder's image
    is the original's: its install wrapper reads as the transpile read it
    (``install_helpers``), also where verify is called on its own.  ``parsed``: the
    tree of ``output_text`` as a fresh parse gives it, where the caller has it (the
    format's safety check parsed the output already); else it is parsed here."""
    image: List[str] = []

    def reference():
        if not image and original.stages:
            image.append(analyze_stage(original.stages[0], global_args(original)).base.reference)
        return image[0] if image else None

    with install_helpers.for_image(reference):
        return _verify(original, output_text if parsed is None else parsed, detection,
                       allowed_changes, unmade)


def _verify(original: ast.Dockerfile, output, detection: Detection,
            allowed_changes=frozenset(), unmade: Optional[str] = None) -> List[str]:
    """``verify``, ``output`` being the output's text or its tree."""
    passed: List[str] = []
    try:
        out = parse(output) if isinstance(output, str) else output
    except Exception as exc:  # the printer produced text the parser rejects
        raise PostconditionError(f"output does not parse: {exc}")
    errors = [d for d in (tuple(out.diagnostics) or tuple(check(out))) if d.severity == "error"]
    if errors:
        raise PostconditionError(f"output has BuildKit errors: {errors[0].message}")
    passed.append("output parses without BuildKit errors")
    if len(out.stages) < 2:
        raise PostconditionError("output is not multi-stage")
    globals_ = global_args(out)
    builder, runner = out.stages[0], out.stages[-1]
    names = [s.name.lower() if s.name else None for s in out.stages]
    # ``COPY --from=<image>`` of the (single-stage) original names an image, not a stage
    external = {(n.flag("from").value or "").lower() for s in original.stages for n in s.body
                if isinstance(n, (ast.Copy, ast.Add)) and n.flag("from") is not None
                and not (n.flag("from").value or "").isdigit()}
    if external & set(names):
        raise PostconditionError(f"a stage of the output is named {sorted(external & set(names))[0]}, "
                                 "an image the original copies from")
    for pos, stage in enumerate(out.stages):
        for node in stage.body:
            ref = node.flag("from") if isinstance(node, (ast.Copy, ast.Add)) else None
            # (the transpiler's RUN --mount=type=bind,from=builder; the original's own
            # mounts may name an image)
            mount = floating_site.mounted(node) if floating_site.is_copy_run(node) else None
            if mount is not None:
                ref = ast.Flag("from", mount[0])
            if ref is None:
                continue
            value = (ref.value or "").lower()
            earlier = names[:pos]
            if value in external:  # an image the original copies from, kept as written
                continue
            if not (value in earlier or (value.isdigit() and int(value) < pos)):
                raise PostconditionError(f"COPY --from={ref.value} does not name an earlier stage")
    passed.append("every --from names an earlier stage")
    builder_facts = analyze_stage(builder, globals_)
    produced = _produced(builder_facts, detection)
    runner_entry = image_facts(runner.from_.image or "")
    runner_facts = analyze_stage(runner, globals_, base=runner_entry)
    files: Set[str] = set()
    named: List[str] = []  # sources whose directory alone is known to be written
    for fact in runner_facts.instructions:
        node = fact.node
        if isinstance(node, ast.Copy) and node.flag("from") is not None and \
                (node.flag("from").value or "").lower() not in external:
            values = fact.before.variables()
            for src in node.sources:
                if "$" in src:  # a directory a build argument chooses (argument_paths)
                    got = expand(src, values)
                    if not got.complete:
                        raise PostconditionError(f"COPY --from source {src} uses a variable "
                                                 "the runner does not define")
                    src = got.value
                if not src.startswith("/"):
                    raise PostconditionError(f"COPY --from source {src} is not absolute")
                if src not in produced and posixpath.dirname(src) + "/*" not in produced and \
                        not any(src.startswith(p[:-2]) for p in produced if p.endswith("/**")):
                    raise PostconditionError(f"COPY --from source {src} is not produced in the builder")
                if src not in produced and posixpath.dirname(src) + "/*" in produced and \
                        not any(src.startswith(p[:-2]) for p in produced if p.endswith("/**")):
                    named.append(src)  # (only its directory is known to be written)
                dest = expand(node.destination, values).value
                target = resolve_path(fact.before.workdir, dest)
                if dest.endswith("/"):
                    target = posixpath.join(target, posixpath.basename(src))
                files.add(target)
                own = getattr(getattr(detection, "distribution", None), "own_trees", ())
                if own and src == STAGING and runner.from_.image == builder.from_.image:
                    # the runner is the builder's own image, whose trees (/usr/local,
                    # /opt/conda) the staged files complete as the build left them
                    files.update(own)
        elif floating_site.copied_glob(node):
            # the directories a glob names, copied to the same paths (floating_site)
            glob = floating_site.copied_glob(node)
            if not any(fnmatch.fnmatchcase(p, glob) for p in produced):
                raise PostconditionError(f"the runner's RUN copies {glob}, which the builder "
                                         "does not produce")
            files.add(glob)
        elif isinstance(node, (ast.Copy, ast.Add)) and node.destination:
            # from the build context, which both builds read: the file lands there as
            # in the original (an entry script copied after the build)
            dest = node.destination
            target = resolve_path(fact.before.workdir, dest)
            if target is None:
                continue
            for src in node.sources:
                if "://" in src:  # ADD <url>: the download lands as a file
                    if isinstance(node, ast.Add):
                        files.add(posixpath.join(target, posixpath.basename(src.split("?")[0]))
                                  if dest.endswith("/") else target)
                    continue
                # a directory's content (``docker/``) lands in the destination itself; a
                # pattern (``*.py``) is kept as one, matched against the path looked for
                into = dest.endswith("/") or len(node.sources) > 1
                whole = src.endswith("/") or posixpath.basename(src) in (".", "")
                files.add(posixpath.join(target, posixpath.basename(src.rstrip("/")))
                          if into and not whole else target)
    passed.append("every COPY --from source is absolute and produced in the builder" if not named
                  else "every COPY --from source is absolute and produced in the builder or in a "
                  f"directory the build writes ({', '.join(named)}: a name the build does not "
                  "show it makes, not checked)")
    _check_entry(runner, runner_facts, runner_entry, files)
    passed.append(f"the ENTRYPOINT/CMD executable is copied into the runner where the build wrote it "
                  f"(whether the build makes {unmade} is not known: not checked)" if unmade
                  else "the ENTRYPOINT/CMD executable resolves in the runner")
    _check_variables(runner_facts, runner_entry,
                     analyze_stage(original.stages[0], global_args(original)))
    passed.append("every variable used in the runner is defined there")
    if _check_libraries(builder_facts, runner_facts, runner_entry, detection):
        passed.append("the runtime libraries of the build's -dev packages are in the runner")
    _check_preserved(original, out, runner_facts, runner_entry, detection, allowed_changes)
    kept = [k for k in ("ENTRYPOINT/CMD", "EXPOSE", "LABEL", "runtime ENV", "USER", "WORKDIR")
            if not set(k.replace("runtime ", "").split("/")) & set(allowed_changes)]
    passed.append(", ".join(kept[:-1]) + " and " + kept[-1] + " are kept")
    return passed


def _copied_on(facts, produced: Set[str]) -> Set[str]:
    """Where the builder's ``cp``/``install``/``mv`` commands put files it produced (read
    from the builder stage's RUNs with their variables, not from the recipe's
    artifacts)."""
    out: Set[str] = set()
    for step in run_walk.steps(facts):
        if step.problem or step.command is None or step.cwd is None:
            continue
        for move in artifact_moves.command_moves(step.command):
            if move.tool not in ("cp", "install", "mv") or not move.known or \
                    move.target is None:
                continue
            dest = run_walk.path_arg(move.target, step)
            for word in move.sources:
                src = run_walk.path_arg(word, step)
                if dest is None or src is None or not (
                        src in produced or posixpath.dirname(src) + "/*" in produced):
                    continue
                out.add(dest)
                out.add(posixpath.join(dest, posixpath.basename(src)))
    return out


def _edited_in_place(facts) -> Set[str]:
    """The files the builder's commands prove there by editing them in place
    (``named_paths.edited_in_place``)."""
    from .named_paths import edited_in_place
    return set(edited_in_place(facts))


def _produced(facts, detection: Detection) -> Set[str]:
    from .recipes.go import fetched_dirs
    from .recipes.interpreted import context_copy_destinations

    recipe = next(r for r in RECIPES if r.name == detection.recipe)
    try:
        again = recipe.detect(facts)
    except Decline as exc:
        raise PostconditionError(f"the builder stage no longer reads as a {recipe.name} "
                                 f"build: {exc.reason}")
    arts = again.artifacts if again is not None else ()
    out: Set[str] = {a.path for a in arts if a.path}
    # a build that writes binaries whose names only the command shows
    out.update(a.directory + "/*" for a in arts if a.directory and not a.certain)
    # (and the directory itself, copied whole where the command's program is taken by
    # name there: passes/entrypoint._guessed_directory)
    out.update(a.directory.rstrip("/") for a in arts if a.directory and not a.certain)
    if recipe.name == "python":  # editable VCS requirements of a requirements file
        from .recipes.python import requirements_checkouts
        out.update(requirements_checkouts(facts))
    if recipe.name == "go":  # an unknown image's GOPATH, read from the build's layout
        from .recipes.go import layout_bins
        out.update(d + "/*" for d in layout_bins(facts, arts))
    # a directory tree the build writes holds its sub-directories too (a server may
    # serve one of them: Angular's dist/<app>/browser)
    out.update(a.path + "/**" for a in arts if a.path and a.tree)
    out.update(a.source for a in arts if a.source)  # a staged install
    out.update(_copied_on(facts, out))
    # what the builder's commands say they create (prebuild_files: carried to the runner)
    from .prebuild_files import created_paths
    out.update(created_paths(facts))
    from .named_paths import unpacked_dirs  # (carried where the command names a path there)
    out.update(unpacked_dirs(facts))
    out.update(_edited_in_place(facts))
    # what ``npm config set`` writes (npm_config: carried to a runner whose command runs npm)
    from .npm_config import written_paths
    out.update(written_paths(facts))
    # the final WORKDIR's owner and mode, staged by the builder (workdir_owner)
    from .workdir_owner import STAGED, TOPS
    if any(isinstance(f.node, ast.Run) and isinstance(f.node.command, ast.ShellForm) and
           f.node.command.text.startswith(f"mkdir -p {STAGED}") for f in facts.instructions):
        out.add(STAGED)
    # the copied trees' top directories, staged alike (workdir_owner.staged_tops)
    if any(isinstance(f.node, ast.Run) and isinstance(f.node.command, ast.ShellForm) and
           f.node.command.text.startswith(f"mkdir -p {TOPS}/") for f in facts.instructions):
        out.add(TOPS + "/**")
    # the command's program staged where the build wrote it (guessed_program)
    from .guessed_program import STAGED as GUESSED
    if any(isinstance(f.node, ast.Run) and isinstance(f.node.command, ast.ShellForm) and
           f"mkdir -p {GUESSED} " in f.node.command.text for f in facts.instructions):
        out.update((GUESSED, GUESSED + "/"))
    # the checkouts of unread requirements files, staged where pip made them
    # (pip_checkouts; the staging may join a RUN whose text the reader cannot follow)
    from .pip_checkouts import STAGED as CHECKOUTS
    if any(isinstance(f.node, ast.Run) and isinstance(f.node.command, ast.ShellForm) and
           f"mkdir -p {CHECKOUTS} " in f.node.command.text for f in facts.instructions):
        out.add(CHECKOUTS)
    # the programs put on the PATH by hand (path_programs: carried to the runner)
    from .path_programs import placed_paths
    out.update(placed_paths(facts))
    if facts.base.has_ca_certificates:
        out.add("/etc/ssl/certs/ca-certificates.crt")
    # a full interpreter image's own git (buildpack-deps' scm layer), which the slim
    # runner gets where the program runs in its own checkout (full_image_libraries): the
    # builder stage may not repeat the final WORKDIR that shows the checkout
    from .recipes.full_image_libraries import GIT_FILES, applies
    if detection.recipe in ("python", "node") and applies(facts):
        out.update(g.path for g in GIT_FILES)
    # a Go toolchain image's own zoneinfo (runner_policy.goroot_zoneinfo)
    from .recipes.runner_policy import goroot
    root = goroot(facts.base) if "go" in facts.base.tools else None
    if root:
        out.add(f"{root}/lib/time/zoneinfo.zip")
    # every image of a distribution has its package manager's repository configuration
    # (an image the data does not know that the original's own apt install proves
    # Debian-family has apt's: ``proven_family``)
    record = facts.base.distribution or effect_capture.builder_distro(facts)
    if record is not None:
        out.update(REPOSITORY_FILES.get(record.manager, ()))
        if record.manager == "apt":
            out.add(DEBCONF_DATABASE)
    if getattr(again, "reads_elf", False):  # the lists the build's added RUN writes
        from .recipes.native_staging import LIBRARIES, RUNTIME_PACKAGES
        out.add(RUNTIME_PACKAGES)
        if again.copies_unowned:
            out.add(LIBRARIES + "/")
    # the package list a same-distribution runner installs from (distribution_runner):
    # written by a RUN the recipe adds to the builder
    from .recipes.distribution_runner import PACKAGE_LIST
    if any(isinstance(n, ast.Run) and PACKAGE_LIST in getattr(n.command, "text", "")
           for n in getattr(again, "builder_additions", ())):
        out.add(PACKAGE_LIST)
    # a tree the plan copies that is a WORKDIR of the builder, which the WORKDIR itself
    # makes (build_capture's final WORKDIR; the Python app's directory the build worked
    # in, whose last WORKDIR in the builder is a sub-directory)
    workdirs = {f.after.workdir for f in facts.instructions
                if isinstance(f.node, ast.Workdir) and f.after.workdir}
    out.update(a.path for a in detection.artifacts if a.tree and a.path in workdirs)
    # (a detection chosen after the command was read, build_capture's, is not what
    # reading the builder again gives: the scan's RUN itself is there)
    if any(isinstance(f.node, ast.Run) and f"-o {PACKAGE_LIST} " in getattr(f.node.command, "text", "")
           for f in facts.instructions):
        out.add(PACKAGE_LIST)
    # the tree of what the builder's RUNs changed (effect_capture): written by a RUN
    # the transpiler adds to the builder
    from .recipes.effect_capture import CAPTURED
    if any(isinstance(f.node, ast.Run) and f"-C {CAPTURED} " in getattr(f.node.command, "text", "")
           for f in facts.instructions):
        out.add(CAPTURED + "/")
    if facts.base.family is not None:  # every distribution image has its user database
        out.update(("/etc/passwd", "/etc/group"))
    from .runtime_inputs import LOCALE_DIR, generates_locales
    if generates_locales(facts):  # locale-gen / localedef write the locale store
        out.add(LOCALE_DIR)
    # the libraries a binary loads through its RPATH, gathered by a RUN the recipe adds
    from .recipes.full_image_libraries import PRIVATE
    if any(isinstance(f.node, ast.Run) and PRIVATE in getattr(f.node.command, "text", "")
           for f in facts.instructions):
        out.add(PRIVATE)
    # what an empty root lacks, laid out by a RUN the transpiler adds to the builder
    from .timezone import TZ_STAGE
    if any(isinstance(f.node, ast.Run) and f"mkdir -p {TZ_STAGE}/etc" in getattr(f.node.command, "text", "")
           for f in facts.instructions):  # the original's time zone, staged (timezone)
        out.add(TZ_STAGE + "/")
    from .runtime_inputs import ROOT_STAGE
    if any(isinstance(f.node, ast.Run) and ROOT_STAGE + "/tmp" in getattr(f.node.command, "text", "")
           for f in facts.instructions):
        out.add(ROOT_STAGE + "/")
    # what the builder's own COPY/ADD from the context writes (a directory the runner
    # takes as the build left it)
    out.update(p.rstrip("/") or "/" for p in context_copy_destinations(facts, len(facts.instructions)))
    out.update(_context_copy_paths(facts))
    out.update(_context_files(facts, detection))
    out.update(fetched_dirs(facts))  # and what `go get` downloads
    return out


def _context_files(facts, detection: Detection) -> Set[str]:
    """The files of the build context the plan copies from the builder (an entry
    script inside a directory copied whole: ``Artifact.context_source``) that a context
    COPY/ADD of the builder puts at their path: a copy's destination alone names no file
    in it (``COPY . .`` then ``CMD ./start.sh``)."""
    from ..analysis.context_copies import context_copies, context_path
    wanted = {a.path: a.context_source for a in detection.artifacts
              if a.context_source and a.path}
    if not wanted:
        return set()
    return {path for copy in context_copies(facts.instructions) for src in copy.sources
            for path, source in wanted.items()
            if context_path(src, copy.target, copy.into_directory, path) == source}


def _context_copy_paths(facts) -> Set[str]:
    """What a context COPY/ADD of the builder makes besides its destination: the file
    a copy into a directory lands (``COPY entrypoint.sh /`` makes /entrypoint.sh), and
    the directories above the destination it creates (``COPY requirements.txt
    /app/requirements.txt`` makes /app), the system's own directories aside."""
    from ..analysis.context_copies import context_copies
    from .recipes.interpreted import NOT_APP_DIRS
    out: Set[str] = set()
    for copy in context_copies(facts.instructions):
        target = copy.target
        if copy.into_directory:
            out.update(posixpath.join(target, posixpath.basename(src.rstrip("/")))
                       for src in copy.sources if src.rstrip("/") not in ("", "."))
        parent = posixpath.dirname("/" + target.strip("/"))  # (//x is /x)
        while parent != "/" and parent not in NOT_APP_DIRS:
            out.add(parent)
            parent = posixpath.dirname(parent)
    return out


def _installs(facts) -> List[str]:
    out: List[str] = []
    for step in steps(facts):
        got = packages.read_install(step.argv)
        if got is not None:
            out.extend(got.packages)
    return out


def _kept_installs(facts) -> List[str]:
    """The packages the stage installs and does not remove again (``apk del`` of the
    virtual group they came in): those the final image has."""
    return list(kept_installs(facts)[0])


def _check_libraries(builder_facts, runner_facts, runner_entry, detection) -> bool:
    """A dynamically linked program needs, in the runner, the runtime package of every
    library whose -dev package the builder installed and kept (as the runner's
    distribution release names it; a -dev package the original removes again leaves it
    what the original installs afterwards, which the runner replays, and the libraries
    a capture copies).  False when this cannot be checked (an unknown runner, a static
    program, a runner without a package manager)."""
    distro = packages.distro_of(runner_entry.family, runner_entry.release) \
        if runner_entry.known and runner_entry.shell else None
    if not detection.linking.dynamic or distro is None:
        return False
    from .recipes.native_staging import RUNTIME_PACKAGES
    if any(isinstance(f.node, ast.Copy) and RUNTIME_PACKAGES in f.node.sources
           for f in runner_facts.instructions):
        return False  # the runner installs what ldd found in the builder, not a table's guess
    # the -dev packages whose runtime packages the builder reads (dpkg -L / apk info -L,
    # then the owners) reach the runner through that list, not through a table
    scanned = set(getattr(getattr(detection, "replay", None), "unmapped_dev", ()) or ())
    # a -dev package the build removes again (``apk del .build-deps``) takes with it the
    # runtime package nothing else needs: the original lacks that one too
    built = [p for p in _kept_installs(builder_facts)
             if packages.kind_of(p, distro) == "dev" and p not in scanned]
    needed = packages.runtime_needs(built, distro).packages
    present = set(_installs(runner_facts))
    missing = [p for p in needed if p not in present]
    if missing:
        raise PostconditionError(f"the runner lacks {', '.join(missing)}, the runtime "
                                 f"package{'s' if len(missing) > 1 else ''} of what the "
                                 "build links")
    return True


def _check_entry(runner, facts, entry, files):
    body = runner.body
    main = last(body, ast.Entrypoint) or last(body, ast.Cmd)
    if main is None:
        raise PostconditionError("the runner has no ENTRYPOINT or CMD")
    program, needs_shell, problem = program_of(main)
    if (problem or program is None) and problem != SEVERAL:
        raise PostconditionError(f"the runner's command cannot be read: {problem}")
    shell_form = any(isinstance(n.command, ast.ShellForm) for n in body
                     if isinstance(n, (ast.Cmd, ast.Entrypoint, ast.Healthcheck)) and n.command)
    if (needs_shell or shell_form) and entry.known and entry.shell is None:
        raise PostconditionError(f"the command needs a shell and {runner.from_.image} has none")
    final = facts.final
    files = set(files) | set(entry.provides)

    def present(path):  # copied itself, inside a copied directory, or in the image
        return path in files or any(path.startswith(f.rstrip("/") + "/") for f in files) or \
            any(fnmatch.fnmatchcase(path, f) for f in files if any(c in f for c in "*?["))

    if problem == SEVERAL:
        _check_several(runner, main, final, present)
        return

    if "/" in program:
        target = resolve_path(final.workdir, program)
        if not present(target) and not _tested(runner, f"test -x {target}") and \
                not _written(runner, target):
            raise PostconditionError(f"{program} is not copied into the runner")
        return
    for directory in final.path_dirs:
        if present(posixpath.join(directory, program)):
            return
    if _tested(runner, f"command -v {program}"):
        return  # the runner's own program, tested there at build time
    own_entry = last(body, ast.Entrypoint) is not None
    if entry.entrypoint and not own_entry and final.workdir and \
            present(resolve_path(final.workdir, program)):
        return  # an argument of the image's ENTRYPOINT (node's runs `node index.js`)
    raise PostconditionError(f"`{program}` is not on the runner's PATH")


def _written(runner, path: str) -> bool:
    """Whether a RUN of the runner writes ``path`` with a redirection (a script a RUN
    after the build writes, repeated there: ``entry_programs.run_written_script``),
    its variables read as the runner has them at that RUN."""
    from .runner_programs import REDIRECT
    for n in runner.body:
        if not (isinstance(n, ast.Run) and isinstance(n.command, ast.ShellForm)):
            continue
        for m in REDIRECT.finditer(n.command.text):
            word = (m.group(1) or "").strip("'\"")
            if word == path or word.startswith("$") and _runner_value(runner, n, word) == path:
                return True
    return False


def _runner_value(runner, run, word: str):
    """The value of a ``$NAME``/``${NAME}`` word from the runner's ENVs before ``run``."""
    name = word[1:].strip("{}")
    value = None
    for n in runner.body:
        if n is run:
            return value
        if isinstance(n, ast.Env):
            for pair in n.pairs:
                if pair.key == name:
                    value = pair.value.strip("'\"")
    return value


def _tested(runner, test: str) -> bool:
    """Whether a RUN of the runner tests a program (entry_programs' checks), so that
    the build fails when it is missing."""
    return any(isinstance(n, ast.Run) and isinstance(n.command, ast.ShellForm) and
               (test + " ") in n.command.text + " " for n in runner.body)


def _check_several(runner, main, final, present):
    """A shell command of several programs (same-image runners only): each one is a
    builtin or tested in the runner by a RUN before the command (``command -v`` /
    ``test -x``), so a missing one fails the build.  A relative path runs in the
    directory the command's ``cd`` entered (``cd $APP_DIR && ./app``)."""
    text = (shell_command_string(main.command.args) or "") \
        if isinstance(main.command, ast.ExecForm) else main.command.text
    cwd = final.workdir
    for cmd in every_command(text).commands:
        argv = unwrap(cmd).argv
        if argv and argv[0] == "cd":
            got = expand(argv[1], final.variables()) if len(argv) == 2 else None
            cwd = resolve_path(cwd, got.value) if got is not None and got.complete else None
            continue
        if not argv or argv[0] in BUILTINS:
            continue
        test = f"test -x {argv[0]}" if argv[0].startswith("/") else f"command -v {argv[0]}"
        path = resolve_path(cwd, argv[0]) if "/" in argv[0] else None
        if not _tested(runner, test) and not (path is not None and present(path)):
            raise PostconditionError(f"`{argv[0]}` of the runner's command is not checked "
                                     "in the runner")


def _undefined(facts):
    """(instruction keyword, name) of every variable an instruction of ``facts`` uses
    where the stage does not define it (BuildKit expands it to nothing)."""
    out = set()
    for fact in facts.instructions:
        node = fact.node
        if isinstance(node, ast.Arg):
            continue
        defined = set(fact.before.variables()) | {"PATH"}
        for text in _expandable_texts(node):
            missing = referenced_names(text) - defined
            if isinstance(node, ast.Env):
                missing -= {p.key for p in node.pairs}
            out.update((node.KIND, name) for name in missing)
    return out


def _with_fallback(text: str) -> set:
    """The names ``text`` uses only with a fallback (``${GOPATH:-/root/go}``: a declared
    ARG without a value expands to the fallback, as in the original)."""
    plain = set(re.findall(r"\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))", text))
    used = {a or b for a, b in plain}
    return set(re.findall(r"\$\{([A-Za-z_][A-Za-z0-9_]*):?-", text)) - used


def _check_variables(facts, entry, original_facts):
    """Every variable the runner uses is defined there, unless the original used it
    undefined in the same kind of instruction (``LABEL version ${BASE_VERSION}`` with
    BASE_VERSION declared only before FROM): both expand it to nothing."""
    known_empty = _undefined(original_facts)
    for fact in facts.instructions:
        node = fact.node
        defined = set(fact.before.variables()) | {"PATH"}
        if isinstance(node, ast.Arg):
            continue
        for text in _expandable_texts(node):
            missing = referenced_names(text) - defined - _with_fallback(text)
            if isinstance(node, ast.Env):
                missing -= {p.key for p in node.pairs}
            missing = {n for n in missing if (node.KIND, n) not in known_empty}
            if missing:
                raise PostconditionError(f"{node.name} in the runner uses undefined "
                                         f"{', '.join(sorted(missing))}")


def _meaning(nodes):
    """The instructions as BuildKit's first layer reads them (raw values, quotes kept).
    Not the formatter's looser key: a legacy ``LABEL k v`` formatted to ``LABEL k="v"``,
    or a shell-form CMD whose continuation lines are re-indented, builds the same image
    but reads differently to BuildKit's parser, by which the outputs are judged
    (``../shared/tools/coverage.py``: 03a2b7dc, 7e4da12a); such a file declines."""
    return [semantics.command(n).meaning() for n in nodes]


def _final_kind(stage_body, kind):
    node = last(stage_body, kind)
    return semantics.command(node).meaning() if node is not None else None


def _check_preserved(original, out, runner_facts, runner_entry, detection, allowed=()):
    src_stage, runner = original.stages[0], out.stages[-1]
    for kind in (ast.Entrypoint, ast.Cmd, ast.Healthcheck, ast.Stopsignal):
        if kind.KIND in allowed:
            continue
        if _final_kind(src_stage.body, kind) != _final_kind(runner.body, kind):
            raise PostconditionError(f"the final image's {kind.KIND} changed")
    for kind in (ast.Expose, ast.Label, ast.Volume, ast.Onbuild, ast.Maintainer):
        if kind.KIND in allowed:
            continue
        a = _meaning([n for n in src_stage.body if isinstance(n, kind)])
        b = _meaning([n for n in runner.body if isinstance(n, kind)])
        if a != b:
            raise PostconditionError(f"the final image's {kind.KIND} instructions changed")
    src_facts = analyze_stage(src_stage, global_args(original))
    keys = []
    for node in src_stage.body:
        if isinstance(node, ast.Env):
            keys.extend(p.key for p in node.pairs)
    for key in dict.fromkeys(keys):
        value = src_facts.final.env.get(key, "")
        if key == "PATH" or is_build_only(key, value, detection) or "ENV" in allowed:
            continue
        if runner_facts.final.env.get(key) != value:
            raise PostconditionError(f"runtime ENV {key} changed: {value!r} -> "
                                     f"{runner_facts.final.env.get(key)!r}")
    # the original's user as its base image defines it (an image with no record: unknown)
    user_a = src_facts.final.user or (src_facts.base.default_user if src_facts.base.known
                                      else None)
    if user_a is None and effect_capture.release_unknown(src_facts):
        user_a = "root"  # (the original's apt install ran as it: ``proven_family``)
    # the very image, neither stage setting a USER: the same default user, unknown
    same_default = user_a is None and not runner_facts.final.user and \
        runner.from_.image == src_facts.base.reference
    if user_a is None and "USER" not in allowed and not same_default:
        raise PostconditionError(f"the original runs as the default user of "
                                 f"{src_facts.base.reference}, which is not known")
    user_b = runner_facts.final.user or runner_entry.default_user
    if user_a != user_b and "USER" not in allowed and not same_default:
        raise PostconditionError(f"USER changed: {user_a} -> {user_b}")
    if src_facts.final.workdir != runner_facts.final.workdir:
        raise PostconditionError(f"WORKDIR changed: {src_facts.final.workdir} -> "
                                 f"{runner_facts.final.workdir}")
