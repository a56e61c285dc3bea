"""A Node image the data does not know (``hypriot/rpi-node:0.12.0``,
``nodesource/node:5``, a private base) whose own Node runs the build: the Dockerfile
installs no package and runs nothing but npm, yarn or pnpm and the runtime setup the
runner repeats (mkdir, chown, useradd ...).

Why this is sound without knowing the image: the runner is the builder's very image
(the identical FROM reference), so its Node, npm, C library, WORKDIR, USER, ENV and
every file are the builder's; what the build adds is the app directory, which reaches
the runner whole, with the dev dependencies pruned in the builder (``npm prune
--production``, read alike by npm 2 to 10: the image's npm version is not known).  No
package install is replayed (none is made), and a RUN of any other program (a
download, a script, bower, an ``apk add``) declines: what it wrote outside the app
directory, which the runner would lack, is not followed on an image whose layout is
not known.  Global installs decline too: where the image's npm puts them is not known.

The saving is the dev dependencies alone (the base image is the same), so a build
whose dev dependencies stay (a production install, a command that may need them, an
unread package.json script) declines as having nothing to gain."""

from __future__ import annotations

from typing import Optional

from ...analysis import StageFacts
from ...analysis.shell import program_name
from ...knowledge import packages
from ...knowledge.references import pinned_by_digest, split_reference
from ...tree import ast
from ..runner_setup import run_node
from . import interpreted
from .base import Decline, RunnerPlan, chosen

__all__ = ["OWN", "reason_not", "problems", "plan"]

#: the detection's ``node_image`` for such a builder
OWN = "own"
#: the programs a RUN may run besides npm, yarn and pnpm: shell plumbing and the runtime
#: setup the runner repeats (``classify.RUNTIME_SETUP``)
_PLUMBING = frozenset({"cd", "true", "echo", "set", "export"})
#: programs that only read (what they print is the build log's)
_READ_ONLY = frozenset({"ls", "cat", "pwd", "test", "[", "env", "printenv", "whoami", "id",
                        "which", "du", "df", "stat", "head", "tail", "wc", "find"})
_MANAGERS = frozenset({"npm", "yarn", "pnpm"})


def reason_not(facts: StageFacts) -> Optional[str]:
    """None where the builder is such an image (see the module docstring), else why
    not (a reference the runner cannot name again, a package install, another
    program in a RUN)."""
    from ..passes.classify import RUNTIME_SETUP as _REPEATED
    reference = facts.base.reference
    not_node = (f"the builder image {reference} is not node:<version> and not in the image "
                "data")
    if "%" in reference:
        return (f"the builder image {reference} is a template (balena's %%NAME%% is filled "
                "in by its build tool before docker reads the file): which image it is, and "
                "so its Node version and C library, is not known")
    if facts.base.known or "$" in reference or pinned_by_digest(reference) or \
            not split_reference(reference)[0]:
        from .distribution_runner import plain_base
        from .rpm_runner import rpm_unhandled
        rpm = rpm_unhandled(facts)
        if rpm is not None and plain_base(facts) is None:
            # (CentOS 6, or an RPM image other than centos and fedora: no same-image
            # runner is built for it; CentOS 7 and later have the Node recipe's own reason)
            return (f"the builder image {rpm}, and it is not node:<version>: the Node "
                    "version (and C library) of a runner cannot be matched")
        return (f"the builder image {reference} is not node:<version>: the Node version (and "
                "C library) of a runner cannot be matched")
    if "onbuild" in reference.lower():
        return (f"{not_node}, and names itself an ONBUILD image: its triggers would run "
                "again in a runner of the same image")
    for step in interpreted.steps(facts):
        if not step.argv:
            continue
        got = packages.read_install(step.argv)
        name = program_name(step.argv[0])
        if got is not None:
            return (f"{not_node}; {step.where} installs packages with {got.manager}, and the "
                    "image's family and release are not known: which of them the program "
                    "needs at run time is not known")
        if name == "find" and any(a in ("-delete", "-exec", "-execdir", "-ok", "-fprint")
                                  for a in step.argv[1:]):
            name = "find -delete/-exec"
        elif name == "rm" and _inside_cwd(step):
            continue  # (a file of the app directory: ``rm -f .npmrc``)
        elif name in _READ_ONLY:
            continue
        if name not in _MANAGERS | _PLUMBING | _REPEATED:
            return (f"{not_node}; {step.where} runs `{name}`, whose effect outside the app "
                    "directory is not followed on an image whose layout is not known")
    return None


def _inside_cwd(step) -> bool:
    """Whether every path an ``rm`` names is inside the directory it runs in (relative,
    with no ``..``): the app directory, which the runner copies as the build left it."""
    targets = [a for a in step.argv[1:] if not a.startswith("-")]
    return bool(targets) and all(not t.startswith("/") and "$" not in t and
                                 ".." not in t.split("/") for t in targets)


def problems(facts: StageFacts, globals_) -> list:
    """Global installs: where the image's npm puts them is not known."""
    if globals_:
        return [f"{globals_[0].where}: a global install on {facts.base.reference}, an image "
                "the data does not know: where its npm puts global packages and their "
                "programs is not known"]
    return []


def plan(detection, facts: StageFacts, runner: Optional[str], setup, after,
         notes) -> RunnerPlan:
    """The builder's very image, with the command's programs of the image (node, npm)
    tested there at build time; declines where no dev dependency is pruned (the runner
    would hold all the builder holds)."""
    if detection.own_programs and not any(
            isinstance(f.node, ast.Run) and isinstance(f.node.command, ast.ShellForm)
            for f in facts.instructions):
        raise Decline(f"the builder image {facts.base.reference} is not in the image data and "
                      "every RUN is in exec form, so it is not shown to have a shell: the "
                      "runner's build-time test of the command's programs needs one")
    if detection.own_programs:
        # (the image's node and npm are on its PATH in the builder, where the build ran
        # them: the same image has them, and the test makes that visible)
        text = " && ".join(f"command -v {p} >/dev/null" for p in detection.own_programs)
        after = tuple(after) + (run_node(text, "the programs the command runs, the image's "
                                         "own: a missing one fails the build, not the "
                                         "container"),)
    if runner is not None:
        return chosen(runner, setup=setup, setup_after=after, os_packages=True, added=notes)
    if detection.prune is None:
        raise Decline(f"the builder image {facts.base.reference} is not in the image data, so "
                      "the runner is that very image, but no dev dependency is pruned (a "
                      "production install, or a command that may need them): nothing to gain")
    why = (f"the builder's own image {facts.base.reference} (not in the image data: its Node, "
           "npm, C library, WORKDIR, USER and ENV are the builder's, whatever they are); "
           "it saves the dev dependencies, not the base image")
    return RunnerPlan(facts.base.reference, why, setup, after, os_packages=True, added=notes)
