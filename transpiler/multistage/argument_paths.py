"""Directories a build argument chooses (``ARG PROJECT``, ``WORKDIR /var/www/${PROJECT}``)
stay chosen by it in the rewrite (issue 18 class 7, build arguments frozen).

The passes work on expanded paths (the ARG's default: /var/www/cheapies), so the
runner's WORKDIR and its ``COPY --from=builder`` paths, and the transpiler's own builder
steps, would name the default: ``--build-arg PROJECT=shop`` then moves the builder's
directory and not the runner's, and the runner copies a directory the builder no longer
has.  Where an original WORKDIR refers to build arguments only, the text it was written
with replaces its value in what the transpiler writes, and the runner declares those
ARGs (with the ARGs their defaults name) before it uses them.  What the original wrote
itself is left as written; ENV values are not build arguments and stay expanded."""

from __future__ import annotations

import re
from typing import Dict, List, Optional, Sequence, Tuple

from ..analysis.state import resolve_path
from ..analysis.variables import expand, referenced_names
from ..tree import ast
from ..analysis.paths import is_within


def workdir_arguments(facts) -> List[Tuple[str, str, frozenset]]:
    """(expanded directory, WORKDIR text, ARG names it needs) of every absolute WORKDIR
    of the stage that refers to build arguments and to nothing else, and of every
    ``go build -o`` target written so (``-o /${tarball}/goup``: the runner copies the
    file the build argument names); the longest path first, so a nested one is
    replaced before the one that holds it."""
    out: Dict[str, Tuple[str, frozenset]] = {}
    written = {d.name: d.value for n in facts.stage.body if isinstance(n, ast.Arg)
               for d in n.args if d.value}  # the defaults as written (they name ARGs)
    made: Dict[str, Tuple[str, frozenset]] = {}  # ENVs build arguments make, so far
    for fact in facts.instructions:
        node = fact.node
        if isinstance(node, ast.Env):
            for pair in node.pairs:
                found = _argument_value(pair, fact.before, made)
                made.pop(pair.key, None)
                if found is not None:
                    made[pair.key] = found
            continue
        if not isinstance(node, ast.Workdir) or "$" not in node.value:
            continue
        text, through = _through_env(node.value, fact.before, made)
        pair = _argument_pair(text, fact.before, written, through) if text else None
        if pair is not None:
            out.setdefault(pair[0], pair[1:])
    for text, before in _go_outputs(facts):
        pair = _argument_pair(text, before, written)
        if pair is not None:
            out.setdefault(pair[0], pair[1:])
    return sorted(((d, t, n) for d, (t, n) in out.items()), key=lambda x: -len(x[0]))


def _argument_value(pair, before, made) -> Optional[Tuple[str, frozenset]]:
    """(value, ARG names) of an ENV made of build arguments (``ENV GOPATH=${GOPATH:-/root/go}``
    after ``ARG GOPATH``: the ENV a build argument sets), its value written with the
    values of the ENVs it names that build arguments made before (``ENV
    SOURCE_TREE=FlowKit-${SOURCE_VERSION}`` after ``ENV SOURCE_VERSION=${SOURCE_VERSION}``:
    ``FlowKit-${SOURCE_VERSION}``, the ARG's name); or None: a value naming another ENV
    or nothing, or one with quotes or blanks, whose text is not a path word of its own."""
    value = pair.value
    if pair.legacy or not value or any(c in value for c in "\"' \t\\`"):
        return None
    text, through = _through_env(value, before, made)
    if text is None:
        return None
    names = referenced_names(text)
    if not names or any(n not in through and (n in before.env or n not in before.args)
                        for n in names):
        return None
    return text, frozenset(names) | through


def _through_env(text: str, before, made) -> Tuple[Optional[str], frozenset]:
    """``text`` with each ENV a build argument makes written as that ENV's value
    (``$GOPATH/src/app`` -> ``${GOPATH:-/root/go}/src/app``), and the ARG names the
    values hold; (None, ...) when the text refers to another ENV or to one of them in
    an expansion with a modifier (``${GOPATH:-x}``)."""
    through: set = set()
    for name in referenced_names(text):
        if name not in before.env:
            continue
        if name not in made or re.search(r"\$\{" + re.escape(name) + r"[^}A-Za-z0-9_]", text):
            return None, frozenset()
        value, names = made[name]
        text = re.sub(r"\$\{" + re.escape(name) + r"\}|\$" + re.escape(name) + r"(?![A-Za-z0-9_])",
                      lambda _m, value=value: value, text)
        through |= names
    return text, frozenset(through)


def _argument_pair(text: str, before, written, through=frozenset()
                   ) -> Optional[Tuple[str, str, frozenset]]:
    """(expanded path, text, ARG names) for an absolute path written with build
    arguments only (with the ARGs their defaults name); None otherwise.  ``through``:
    the ARG names that ENVs made of them brought into ``text`` (``_through_env``): an
    ENV of the same name may be in force here, with the value the ARG gives it."""
    names = referenced_names(text)
    if not names or any(n not in through and (n in before.env or n not in before.args)
                        for n in names):
        return None  # an ENV value, or a name that is no ARG of the stage
    value = expand(text, before.variables())
    if not value.complete or not text.startswith(("/", "$")):
        return None
    target = resolve_path(before.workdir, value.value)
    if not target or target == "/" or "$" in target or target != value.value.rstrip("/"):
        return None  # relative to another directory, or the root itself
    needed = set(names)
    grown = True
    while grown:  # the ARGs their defaults name (ARG DIR=/var/www/${PROJECT})
        more = {m for n in needed if written.get(n)
                for m in referenced_names(written[n])} - needed
        grown = bool(more)
        needed |= more
    if any(n not in through and (n in before.env or n not in before.args) for n in needed):
        return None
    return target, text.rstrip("/"), frozenset(needed)


def _go_outputs(facts):
    """(``-o`` word as written, the state before its RUN) of each ``go build`` whose
    target names a variable; a RUN-local assignment or ``export`` of one of its names
    leaves it out (the shell's value, not the build argument's)."""
    from .recipes.go_commands import parse_flags
    from .recipes.run_walk import steps

    by_index = {f.index: f for f in facts.instructions}
    for step in steps(facts):
        argv = step.argv
        if len(argv) < 3 or argv[0] != "go" or argv[1] != "build":
            continue
        flags, _ = parse_flags(tuple(argv[2:]))
        target = flags.get("o")
        if not target or "$" not in target:
            continue
        before = by_index[step.index].before
        names = referenced_names(target)
        if any(step.env.get(n) != before.variables().get(n) for n in names):
            continue
        yield target, before


def _replace_prefix(path: str, pairs) -> Tuple[str, frozenset]:
    for directory, text, names in pairs:
        if is_within(path, directory):
            return text + path[len(directory):], names
    return path, frozenset()


def in_builder_steps(nodes: Sequence[ast.Instruction], pairs) -> Tuple[ast.Instruction, ...]:
    """The transpiler's own builder RUNs with each directory a build argument chooses,
    where it stands as a shell word of its own (not quoted), written as the WORKDIR was:
    the builder declares those ARGs, so its shell expands them."""
    if not pairs:
        return tuple(nodes)
    out = []
    for node in nodes:
        if isinstance(node, ast.Run) and isinstance(node.command, ast.ShellForm):
            text = node.command.text
            for directory, raw, _ in pairs:
                text = re.sub(r"(?<![^\s])" + re.escape(directory) + r"(?=[/\s]|$)",
                              lambda _m, raw=raw: raw, text)
            if text != node.command.text:
                node = node.with_changes(command=ast.ShellForm(text))
        out.append(node)
    return tuple(out)


def in_runner(body: List[ast.Instruction], pairs, stage_args: Sequence[ast.Arg],
              builder_name: str, repeated: Sequence[ast.Instruction] = ()
              ) -> List[ast.Instruction]:
    """The runner's WORKDIR, its ``COPY --from=<builder>`` paths and the destinations of
    the build context copies it repeats (``repeated``: the runtime inputs, written with
    expanded paths) written with the build arguments, and the ARG declarations they need
    moved (or added) before the first of them.  Instructions the original wrote are
    left as written."""
    if not pairs:
        return body
    repeated_ids = {id(n) for n in repeated}
    needed: set = set()
    out: List[ast.Instruction] = []
    first = None
    for node in body:
        changed = node
        if isinstance(node, ast.Workdir):
            value, names = _replace_prefix(node.value, pairs)
            if names:
                changed = node.with_changes(value=value)
                needed |= names
        elif isinstance(node, ast.Copy) and node.span is None and \
                (node.flag("from") is not None and node.flag("from").value == builder_name):
            paths, names_all = [], set()
            for path in node.paths:
                value, names = _replace_prefix(path, pairs)
                paths.append(value)
                names_all |= names
            if names_all:
                changed = node.with_changes(paths=tuple(paths))
                needed |= names_all
        elif id(node) in repeated_ids and node.paths:
            # a copy of the build context the transpiler repeats (the runtime inputs):
            # its destination, as the original's copy wrote it
            value, names = _replace_prefix(node.paths[-1], pairs)
            if names:
                changed = node.with_changes(paths=node.paths[:-1] + (value,))
                needed |= names
        if changed is not node and first is None:
            first = len(out)
        out.append(changed)
    if first is None:
        return body
    # the declarations, in the original's order, before the first use; a later ARG node
    # of the body that declares only those names goes (the hoisted one stands for it)
    # names an ARG of the body already declares before that use (the runner's user
    # creation, moved before its WORKDIR with its ARG: account_homes) need no second one
    hoisted, seen = [], set()
    earlier = {d.name for node in out[:first] if isinstance(node, ast.Arg) for d in node.args}
    for node in stage_args:
        decls = tuple(d for d in node.args
                      if d.name in needed and d.name not in seen and d.name not in earlier)
        if decls:
            seen.update(d.name for d in decls)
            hoisted.append(ast.replace(node.with_changes(args=decls), leading=()))
    rest = []
    for node in out[first:]:
        if isinstance(node, ast.Arg):
            decls = tuple(d for d in node.args if d.name not in seen)
            if not decls:
                continue
            node = node.with_changes(args=decls) if decls != node.args else node
        rest.append(node)
    return out[:first] + hoisted + rest
