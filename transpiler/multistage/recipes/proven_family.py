"""The package manager family of a builder image the image data does not know, proven by
the original Dockerfile itself: Debian-family by an ``apt-get install``, Alpine by an
``apk add``.

Why this is not a guess: a RUN whose ``apt-get install`` (or ``apt install``) runs
unconditionally (at the top level of the RUN, every command after it joined by ``&&``
or in a pipeline of its own after such a ``&&`` (``... && curl -sL URL | python3``:
the install's failure skips it), not behind ``||``, an ``if`` or a loop, not followed
by ``|| true``, not in a pipeline itself)
fails the original build unless apt and dpkg are in the image, so the original only
builds on a Debian-family image.  The same install, run with no USER instruction before
it and without ``sudo``, also proves the image's default user is root: apt-get install
takes dpkg's lock, which only root may.  Run after a literal ``USER root`` (``0``, with
or without a group) that comes before every RUN and WORKDIR, it proves nothing of the
image's own default user (jupyter's images run as jovyan), but nothing of the original
ran as that user either: the runner then sets the same ``USER root`` before its setup
(``runner_user``), and runs from there as the original did (its later USER lines are
the original's).

What it does not prove: the release (Debian or Ubuntu, which one), so nothing that
depends on it is taken from the tables.  The runner is then the builder's very image
(the identical FROM reference): it inherits WORKDIR, USER, ENV, ENTRYPOINT, the C
library and every file of the image identically, so none of those needs to be known;
the build's effect is captured in the builder (``build_capture``), the -dev packages'
runtime packages are read there (``PlainBase.release_floats``), and what the capture
needs of dpkg (``--verify``, dpkg 1.17.2 or later) is tested at build time
(``effect_capture.snapshot_run``), which fails the build on an older dpkg rather than
run a runner that misses what the RUNs changed.

An unconditional ``apk add`` (the same shape, no USER before it, no ``sudo``) proves the
same of an Alpine image: apk takes the lock of its database in /lib/apk/db, which only
root may write, and fails where the image has no apk.  What the Alpine capture needs
beyond that (``apk_capture``: the BusyBox applets of Alpine 3.7 and later, whose
configuration was read; musl) is not known of an image whose release is not, and a
test of it at build time would fail where the original builds (Alpine still serves its
old releases' packages, unlike the archived Debian and Ubuntu releases whose dpkg is
too old), so no same-image base is made of the Alpine proof (``unknown_base``): such an
image takes the paths of any unknown image, and their declines say what the proof
showed (``unproven_note``; ``effect_capture.unsupported``).  The recipes' own same-image
runners of an unknown image (Node's) are Debian-only as well.

The RPM managers are not proven here: the RPM runners read the release, and no RPM
image's effects are captured."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ...analysis import StageFacts
from ...analysis.shell import program_name, split_commands
from ...knowledge import install_helpers, packages
from ...knowledge.references import split_reference
from ...tree import ast
from .base import Decline

__all__ = ["AptProof", "apt_proof", "unknown_base", "proven_unknown",
           "written_reference", "same_image", "runner_user"]

#: apt and apk options under which nothing is installed (no lock, no root needed), or
#: apk installs into another root than the image's (``--root``, ``-p``: apk's own
#: database there, not the image's)
_NO_ACT = frozenset({"-s", "--simulate", "--just-print", "--dry-run", "--recon", "--no-act",
                     "-d", "--download-only", "--print-uris", "-qq-s", "--root", "-p",
                     "--initdb"})
#: the installer program of each proven family
_FAMILIES = {"apt-get": "debian", "apt": "debian", "apk": "alpine"}
#: ``set`` options that make the shell stop at a failing command (then ``;`` joins too)
_ERREXIT = ("-e", "-ex", "-xe", "-eux", "-eu", "-ue", "-xeu", "-exu", "-eo", "-euo")


@dataclass(frozen=True)
class AptProof:
    """The RUN that proves the image Debian-family or Alpine (``line``: its line)."""

    line: int
    index: int
    #: the installer the RUN names (``apt-get``, ``apt`` or ``apk``)
    program: str = "apt-get"
    #: the USER instruction before it (its line), or None: with one, the install ran as
    #: the user the Dockerfile chose, and the image's own default user is not known
    user_line: Optional[int] = None
    #: with ``user_line``: the user in force at the install is a literal root (``USER
    #: root``, ``0``, ``root:root``) and the first USER comes before every RUN and
    #: WORKDIR, so nothing of the original ran as the image's unknown default user; the
    #: runner sets the same user before its setup (``runner_user``)
    set_root: bool = False
    #: the USER in force at the install, as written
    user: Optional[str] = None
    #: the first RUN or WORKDIR before the first USER (its line), or None
    early_line: Optional[int] = None

    @property
    def user_known(self) -> bool:
        """Whether the install is known to have run as root: the image's default user
        (no USER before it) or a literal ``USER root`` before every RUN and WORKDIR."""
        return self.user_line is None or self.set_root

    @property
    def family(self) -> str:
        """The distribution record the proof names: "debian" (Debian or Ubuntu, which
        one unknown) or "alpine"."""
        return _FAMILIES[self.program]

    @property
    def text(self) -> str:
        if self.family == "alpine":
            return (f"the RUN at line {self.line} runs apk add, so the image is Alpine; its "
                    "release is not known, so the runner is the same image")
        return (f"the RUN at line {self.line} runs {self.program} install, so the image is "
                "Debian-family; its release is not known, so the runner is the same image")


def _unconditional_installs(node: ast.Run) -> Optional[str]:
    """The installer (``apt-get``, ``apt``, ``apk``) when ``node`` runs an install whose
    failure fails the RUN, else None."""
    if isinstance(node.command, ast.ExecForm):
        args = tuple(node.command.args)
        return _installer(args) if _installs(args) else None
    if node.heredocs or node.command is None:
        return None
    script = split_commands(node.command.text)
    cmds = script.commands
    errexit = False
    for i, cmd in enumerate(cmds):
        if cmd.argv[:1] == ("set",) and not cmd.conditional and cmd.construct is None and \
                cmd.subshell == 0 and any(a in _ERREXIT for a in cmd.argv[1:]):
            errexit = True
        if not _installs(cmd.argv) or cmd.conditional or cmd.construct is not None or \
                cmd.subshell or cmd.separator_before in ("||", "|", "&"):
            continue
        after = [c.separator_before for c in cmds[i + 1:]]
        if after[:1] != ["|"] and \
                all(s in ("&&", "|") or errexit and s in (";", None) for s in after):
            return _installer(cmd.argv)
    return None


def _installer(argv) -> str:
    """The installer an install command runs: its program, or ``apt-get`` for the
    image's apt wrapper."""
    return "apt-get" if install_helpers.helper_of(argv) is not None else program_name(argv[0])


def _installs(argv) -> bool:
    """An apt install or apk add of named packages, as the image's own user (no sudo),
    into the image's own root; or a call of the image's apt wrapper whose failed install
    fails it in every version the data lists (``install_helpers``)."""
    helper = install_helpers.helper_of(argv)
    if helper is not None:
        if not helper.fails:
            return False
        argv = helper.argv(list(argv[1:]))
    if not argv or program_name(argv[0]) not in _FAMILIES:
        return False
    if any(a in _NO_ACT or a.startswith("--root=") for a in argv[1:]):
        return False
    got = packages.read_install(argv)
    manager = "apk" if program_name(argv[0]) == "apk" else "apt"
    return got is not None and got.manager == manager and bool(got.packages)


def apt_proof(facts: StageFacts) -> Optional[AptProof]:
    """The first RUN whose apt install or apk add runs unconditionally (see the module
    docstring), or None; ``user_line`` says whether a USER instruction came before it.
    Its ``family`` says which it proves."""
    user_line, user, early = None, None, None
    for fact in facts.instructions:
        node = fact.node
        line = node.span.line if node.span else fact.index + 1
        if isinstance(node, ast.User):
            if user_line is None:
                user_line = line
            user = node.value
        elif isinstance(node, (ast.Run, ast.Workdir)) and user_line is None and early is None:
            early = line  # (it ran, or was made, as the image's own default user)
        program = _unconditional_installs(node) if isinstance(node, ast.Run) else None
        if program is not None:
            return AptProof(line, fact.index, program, user_line,
                            user_line is not None and early is None and _literal_root(user),
                            user, early if user_line is not None else None)
    return None


#: ``USER`` values that name root whatever the image's accounts are
_ROOT = frozenset({"root", "0", "root:root", "0:0", "root:0", "0:root"})


def _literal_root(value: Optional[str]) -> bool:
    """Whether a USER instruction's words name root literally (no variable, which a
    --build-arg or the image's ENV could set otherwise)."""
    return value is not None and value.strip() in _ROOT


def runner_user(facts: StageFacts, image: str) -> Optional[str]:
    """The USER the runner sets before its setup, or None: ``root`` where the runner is
    the builder's very image the data does not know and the original's install ran after
    its own ``USER root`` (``AptProof.set_root``): the image's default user is not known,
    and the runner's package install, capture and checks must run as the original's
    did."""
    proof = proven_unknown(facts)
    if proof is None or proof.user_line is None or not proof.set_root or \
            not same_image(facts, image):
        return None
    return "root"


def unproven_note(facts: StageFacts) -> str:
    """A clause for an unknown image whose Dockerfile runs an apt install that does not
    prove its family (behind ``||``, in an ``if``, in a pipeline, through ``sudo``), or
    whose apk add proves it Alpine of a release not known (``unknown_base``), or ""."""
    if facts.base.known or _debian_proof(facts) is not None:
        return ""
    alpine = proven_unknown(facts)
    if alpine is not None:
        return (f"; the apk add at line {alpine.line} shows it Alpine, but not its release, "
                "so whether its BusyBox can list what the build changes (read for Alpine "
                "3.7 and later) is not known, and the build's effect is not captured")
    from .run_walk import steps
    for step in steps(facts):
        got = packages.read_install(step.argv)
        helper = install_helpers.helper_of(step.argv)
        if got is not None and helper is not None and not helper.fails:
            return (f"; `{helper.name}` at {step.where} is {facts.base.reference}'s apt "
                    "install wrapper, which a failed install does not fail (the image data, "
                    "read from its text), so it does not show the image to be "
                    "Debian-family either")
        if got is not None and got.manager == "apt":
            return (f"; the apt install at {step.where} may not run as the image's user "
                    "(behind `||`, in an `if`, in a pipeline or through sudo), so it does "
                    "not show the image to be Debian-family either")
    return ""


def written_reference(facts: StageFacts) -> str:
    """The builder's FROM as written (``$BASE_IMAGE``, ``nvidia/cuda:$CUDA-devel-ubuntu18.04``),
    the same-image runner's reference.  A FROM reads only the global ARGs (those before
    the first FROM), which every stage's FROM shares, ``--build-arg`` included: a runner
    FROM of the same text names the builder's image whatever the arguments are, where
    the reference resolved from an ARG's default would stay on that default while
    ``--build-arg`` moves the builder alone."""
    return facts.stage.from_.image or facts.base.reference


def same_image(facts: StageFacts, image: str) -> bool:
    """Whether ``image`` (a runner's reference) is the builder's very image: its
    resolved reference, or its FROM as written (``written_reference``)."""
    return image in (facts.base.reference, written_reference(facts))


#: a variable of a reference (``$NAME``, ``${NAME}``, ``${NAME:-default}``)
_VARIABLE = re.compile(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)")


def proven_unknown(facts: StageFacts) -> Optional[AptProof]:
    """The proof for a builder image the image data does not know, or None.  Its
    reference must be one a runner can name again: a literal one, or one whose
    variables are all global ARGs (``written_reference``); not a template a tool fills
    before the build (balena's ``%%BALENA_MACHINE_NAME%%``).  Either family: a caller
    that needs Debian reads ``family`` (``unknown_base``)."""
    reference, written = facts.base.reference, written_reference(facts)
    if facts.base.known or "%" in reference or "%" in written or \
            not split_reference(reference)[0]:
        return None
    if any(name not in facts.global_args for name in _VARIABLE.findall(written)) or \
            "$" in _VARIABLE.sub("", written):
        return None  # (a variable no global ARG declares: the original's FROM is empty)
    return apt_proof(facts)


def _debian_proof(facts: StageFacts) -> Optional[AptProof]:
    proof = apt_proof(facts)
    return proof if proof is not None and proof.family == "debian" else None


def unknown_base(facts: StageFacts):
    """The same-image base (``distribution_runner.PlainBase``) of an unknown builder
    image proven Debian-family, or None (an Alpine proof too: see the module docstring;
    the recipes' same-image runners are written for apt); declines where the install is not
    known to have run as root (a USER before it that is not a literal root set before
    every RUN and WORKDIR: ``AptProof.user_known``) or the image is an ONBUILD one."""
    proof = proven_unknown(facts)
    if proof is None or proof.family == "alpine":
        return None  # (an Alpine release not known: not captured, ``effect_capture``)
    if not proof.user_known:
        # the runner's setup installs as the image's default user, which only an install
        # before every USER shows to be root (jupyter's images run as jovyan), or as the
        # literal USER root the original set before everything it ran (``runner_user``)
        if proof.early_line is not None:
            raise Decline(f"{proof.text}, but the instruction at line {proof.early_line} "
                          "(a RUN or WORKDIR) comes before the USER at line "
                          f"{proof.user_line}, so it ran as the image's own default user, "
                          "which is not known: the runner's setup would run as that user, "
                          "and a USER root before it would change what that line did")
        raise Decline(f"{proof.text}, but it runs as `USER {proof.user}` (the USER at line "
                      f"{proof.user_line} comes before it), which does not name root "
                      "literally, and the image's own default user is not known: the "
                      "runner's package install would run as one of them")
    from .distribution_runner import PlainBase
    reference, written = facts.base.reference, written_reference(facts)
    if "onbuild" in reference.lower():
        # (ONBUILD triggers run in every stage built FROM the image: the runner would
        # run the image's build steps again, which the original ran once)
        raise Decline(f"{proof.text}, but {reference} names itself an ONBUILD image: its "
                      "triggers (build steps of the image's own) would run again in the "
                      "runner, which the original ran once")
    why = (f"the builder's own image {written}: {proof.text} (it inherits the image's "
           "WORKDIR, USER, ENV, ENTRYPOINT and files identically), with the original's "
           "run-time packages installed again; it saves the build-only packages, not the "
           "base image")
    if written != reference:
        why += (f" (the runner's FROM is written as the builder's, {written}: the global "
                "ARGs it names, a --build-arg included, choose the same image for both)")
    from ..package_index import fetches_index
    from .run_walk import steps
    return PlainBase(reference, written, packages.distro_of(proof.family, None), "apt",
                     why, release_floats=True, image_lists=not fetches_index(steps(facts)))
