"""The builder image's ENV that a runner of another image needs for the files it
receives.

A Go program built in GOPATH mode may find its templates, configuration or assets
through ``$GOPATH`` at run time (``filepath.Join(os.Getenv("GOPATH"), "src/github.com/x/
app/templates")``: revel- and beego-era code).  The golang images set ``GOPATH=/go``; a
Debian or distroless runner does not.  When the runner receives files under that
directory (the build context copied again at ``/go/src/app``), the value comes along:
without those files it would point at nothing, with them it is what the original had,
which works whether or not the program reads it."""

from __future__ import annotations

import posixpath
from typing import List, Sequence

from ..tree import ast
from ..analysis.paths import is_within

#: variables of the builder image that name a directory the program's files may lie in
_TREE_VARIABLES = ("GOPATH",)


def tree_env(ctx, runner, copies: Sequence[ast.Instruction]) -> List[ast.Instruction]:
    """``ENV GOPATH=/go`` for a runner that receives files under the builder image's
    GOPATH and neither it, the stage nor an ENV already among ``copies`` sets the
    variable."""
    base_env = getattr(ctx.facts.base, "env", None) or {}
    runner_env = getattr(runner, "env", None) or {}
    stage_sets = {p.key for n in ctx.facts.stage.body if isinstance(n, ast.Env)
                  for p in n.pairs}
    # (an ENV the runner has already been given, the command's own $GOPATH, is not
    # written twice)
    stage_sets.update(p.key for n in copies if isinstance(n, ast.Env) for p in n.pairs)
    cwd = ctx.facts.final.workdir or "/"
    destinations = [posixpath.normpath(posixpath.join(cwd, n.destination)) for n in copies
                    if isinstance(n, (ast.Copy, ast.Add)) and n.destination]
    pairs = []
    for name in _TREE_VARIABLES:
        value = base_env.get(name)
        if not value or not value.startswith("/") or name in runner_env or name in stage_sets:
            continue
        root = posixpath.normpath(value)
        # (a binary copied to $GOPATH/bin is found by its path; the sources, templates
        # and assets under $GOPATH/src are what a program finds through the variable)
        if any(is_within(d, root) and
               not d.startswith((root + "/bin", root + "/pkg")) for d in destinations):
            pairs.append((name, value))
    if not pairs:
        return []
    shown = " ".join(f"{k}={v}" for k, v in pairs)
    ctx.added.append(f"ENV {shown}: the builder image's value, since the runner receives "
                     "files under that directory, which the program may find through it")
    return [ast.Env(keyword="ENV", pairs=tuple(ast.KeyValue(k, v) for k, v in pairs),
                    leading=(ast.Comment("# the builder image's value: the files copied under "
                                         "it may be found through it"),))]
