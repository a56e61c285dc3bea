"""A shell-form command whose program is named through variables
(``ENTRYPOINT $GOPATH/bin/gosearch``): the shell expands them when the container
starts, from the final image's environment, so the program is known when every name
has a value there; the runner must then hold the same values.  A variable the
Dockerfile's own ENV sets reaches the runner with the runtime ENVs; one only the base
image defines (GOPATH of the golang images) does not, so the runner gets an ENV of
its own.  An exec-form command is not expanded at all (Docker passes ``$X`` as is),
and an ARG is no run-time variable: both are left alone."""

from __future__ import annotations

from typing import List, Tuple

from ..analysis.variables import expand
from ..tree import ast
from .decline import Decline


def resolved_program(ctx, node, program: str,
                     needs_shell: bool) -> Tuple[str, List[Tuple[str, str]]]:
    """(program, base-image variables the runner must set): ``program`` with the final
    image's ENV values put in when the command runs through a shell; the program as it
    is (and no variables) when it is not read that way."""
    if "$" not in program or not needs_shell:
        return program, []
    final = ctx.facts.final
    env = dict(final.env)
    exp = expand(program, env)
    if not exp.complete or "$" in exp.value or "`" in exp.value or not exp.value:
        return program, []
    own = set()
    for n in ctx.facts.stage.body:
        if isinstance(n, ast.Env):
            own.update(p.key for p in n.pairs)
    build_only = ctx.detection.build_only_env
    image_env = getattr(ctx.facts.base, "env", None) or {}
    needed: List[Tuple[str, str]] = []
    for name in sorted(exp.names):
        if name in build_only:
            raise Decline(f"{node.name} at {ctx.line_of(node)} runs `{program}`, whose ${name} "
                          "is a variable of the build, which the runner does not set")
        if name in own:
            continue  # a runtime ENV of the Dockerfile: carried with the others
        if name not in image_env or name == "PATH":
            return program, []
        needed.append((name, image_env[name]))
    return exp.value, needed


def runner_env(ctx) -> List[ast.Instruction]:
    """The ENV the runner gets for the base image's variables the command names."""
    pairs = getattr(ctx, "command_image_env", None) or []
    if not pairs:
        return []
    names = ", ".join(f"${k}" for k, _ in pairs)
    ctx.added.append(f"ENV {' '.join(f'{k}={v}' for k, v in pairs)}: the builder image's "
                     f"value of {names}, which the shell-form command names")
    return [ast.Env(keyword="ENV", pairs=tuple(ast.KeyValue(k, v) for k, v in pairs),
                    leading=(ast.Comment(f"# the builder image's {names}, which the command "
                                         "names"),))]
