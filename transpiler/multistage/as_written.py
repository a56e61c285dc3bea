"""The runner's instructions the format would re-spell, printed as the original wrote them.

The final image's CMD, ENTRYPOINT, LABEL ... must read to BuildKit exactly as the
original's (``postconditions._check_preserved`` compares their raw values, as does
the coverage judge).  The formatter keeps what an instruction means to the shell, not
always its raw text: a shell-form CMD's continuation lines are re-indented (the blanks
are part of the command string the image records), a legacy ``LABEL k v w`` becomes
``LABEL k="v w"``.  Such an instruction of the runner goes in a
``# dtranspile: off`` ... ``# dtranspile: on`` region, which the formatter prints as
written: the output is still its own format (a second format changes nothing), and the
instruction reads as the original's."""

from __future__ import annotations

from typing import List, Tuple

from ..buildkit import semantics
from ..formatting.api import format_with_tree
from ..formatting.printer import unparse
from ..tree import ast

#: the kinds the post-conditions compare by their raw values
KINDS = (ast.Entrypoint, ast.Cmd, ast.Healthcheck, ast.Stopsignal, ast.Expose, ast.Label,
         ast.Volume, ast.Onbuild, ast.Maintainer)

OFF = ast.Comment("# dtranspile: off")
ON = ast.Comment("# dtranspile: on")
WHY = ast.Comment("# as the original wrote it: formatted, the text the image records "
                  "would read differently")


def _respelled(tree: ast.Dockerfile, output: ast.Dockerfile) -> List[int]:
    """Indexes in the runner's body of the instructions of ``KINDS`` whose formatted
    text (``output``, the formatted text's tree) reads differently to BuildKit from the
    tree's."""
    body, printed = tree.stages[-1].body, output.stages[-1].body
    if len(body) != len(printed):
        return []
    return [i for i, (a, b) in enumerate(zip(body, printed)) if isinstance(a, KINDS)
            and semantics.command(a).meaning() != semantics.command(b).meaning()]


def format_keeping(tree: ast.Dockerfile) -> Tuple[str, ast.Dockerfile]:
    """``format(unparse(tree))``, with each runner instruction the format would
    re-spell put in an off region (see the module docstring), and the output's tree
    (the format's safety check parsed it: ``format_with_tree``)."""
    output, printed = format_with_tree(unparse(tree))
    respelled = _respelled(tree, printed)
    if not respelled:
        return output, printed
    body = list(tree.stages[-1].body)
    trailing = tree.trailing
    for i in respelled:
        node = body[i]
        if i - 1 not in respelled:  # a run of them shares one region
            body[i] = node.with_changes(leading=node.leading + (WHY, OFF), raw=node.raw)
        if i + 1 in respelled:
            continue
        if i + 1 < len(body):
            after = body[i + 1]
            body[i + 1] = after.with_changes(leading=(ON,) + after.leading, raw=after.raw)
        else:
            trailing = (ON,) + trailing
    runner = tree.stages[-1].with_changes(body=tuple(body))
    return format_with_tree(unparse(tree.with_changes(stages=tree.stages[:-1] + (runner,),
                                                      trailing=trailing)))
