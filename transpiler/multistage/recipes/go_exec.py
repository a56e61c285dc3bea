"""Programs a Go program starts that its builder image has and its runner lacks.

The golang images (but alpine's) are built on buildpack-deps' ``scm`` variant: git,
ssh, curl, wget, Mercurial, Subversion and procps are in the original's image, and a
Go program may start them (os/exec: scaleway-cli's ``scw exec`` runs ``ssh``, its key
setup ``ssh-keygen``; a deploy tool runs ``git``).  The runner the Go recipe chooses
(scratch, distroless, a distribution's slim or alpine image) is chosen for the binary
alone and has none of them, so such a program would fail at the line that starts it
(``exec: "ssh": executable file not found in $PATH``).  Which programs the sources
start is read from the build context (``go_cgo.scan_context``: a literal name given
to ``exec.Command``, ``exec.CommandContext`` or ``exec.LookPath``); which ones the
builder has comes from the image data (the packages its Dockerfile and its parents'
install).  One such program declines the rewrite, naming the source and the package.

Without the sources (no build context, or one holding no Go file: ``go get`` of a
remote package) which programs the binary starts is not known, and a runner chosen for
the binary alone would be a guess that it starts none.  The runner is then the image
the golang image is built on (``programs_runner``: ``buildpack-deps:bookworm-scm``
under ``golang:1.22-bookworm``, from the ``FROM`` chain in the image data): every
program of the builder but the Go toolchain and the C compilers the golang image adds
(g++, gcc, libc6-dev, make, pkg-config), the same release's glibc, so the rewrite runs
whichever of those programs the binary starts.  It saves the toolchain and compilers
only; the build context gets the slim or distroless runner.
``unread_note`` says in the report which programs a runner given with ``--runtime``
lacks."""

from __future__ import annotations

from typing import Optional, Sequence, Tuple

from ...knowledge import official
from ...knowledge.images import image_facts
from ...knowledge.references import split_reference
from ..full_image_scripts import package_programs
from .base import Decline
from .runner_policy import check_digest_release, digest_on_floating_tag, floating_slim


def check(runs: Sequence[Tuple[str, str]], facts) -> None:
    """Decline when a (program, source) of ``runs`` is a program of a package the
    builder image itself installs (see the module docstring).  A builder pinned by a
    digest on a tag that floats (``runner_policy.digest_on_floating_tag``) may be an
    older image of the tag than the data's, with other packages (``golang:1.11``'s
    stretch images had bzr, its last one on buster has not): there, a program of a
    package any image of the name installs in the data declines."""
    image = facts.base.reference
    tag = official.resolve(image)
    if tag is None or not runs:
        return
    digest = digest_on_floating_tag(facts.base)
    date = facts.base.seen_on
    owner = {}
    for package in tag.packages:
        for program in package_programs(package):
            owner.setdefault(program, package)
    for package in official.family_packages(image) if digest else ():
        for program in package_programs(package):
            owner.setdefault(program, None)
    for program, source in runs:
        if program in owner and owner[program] is None:
            raise Decline(f"the build context's Go source {source} starts `{program}` "
                          f"(os/exec), and {image} is pinned by a digest on a tag that "
                          f"floats: the image data shows the tag's packages on {date}, not "
                          "necessarily the digest's, and other "
                          f"images of {tag.name} install `{program}`, which the runner, "
                          "chosen for the binary alone, does not have: the program may fail "
                          "where it starts it")
        if program in owner:
            raise Decline(f"the build context's Go source {source} starts `{program}` "
                          f"(os/exec), a program of {image} (its package {owner[program]}) "
                          "that the runner, chosen for the binary alone, does not have: the "
                          "program would fail where it starts it")


def _own_programs(facts) -> Tuple[str, ...]:
    """The packages the builder image itself installs that bring programs (not its
    libraries, headers, certificates)."""
    tag = official.resolve(facts.base.reference)
    if tag is None:
        return ()
    return tuple(p for p in tag.packages if not p.startswith("lib") and
                 not p.endswith("-dev") and p not in ("ca-certificates", "netbase"))


#: the floating tag of the image the golang images are built on, the one that moves
#: with ``debian:stable-slim`` (``runner_policy.floating_slim``)
_FLOATING_PARENT = "buildpack-deps:stable-scm"


def programs_runner(facts, static: bool = False) -> Optional[Tuple[str, str, Tuple[str, ...]]]:
    """(image, reason, added) of the runner for a Go program whose sources were not read,
    built on an image with programs of its own (see the module docstring): the image the
    builder is built on, a ``buildpack-deps`` one in the image data's ``FROM`` chain
    (the first of another name: ``golang:onbuild`` is built on a golang image first);
    ``buildpack-deps:stable-scm`` for a builder whose tag floats where that is the same
    release now (``golang``, ``golang:latest``), as ``debian:stable-slim`` is for the
    binary alone.  A ``static`` binary needs no glibc of the builder's release: under a
    builder pinned by a digest, whose release the data may not show, the parent the data
    names serves as well.  None when the builder has no programs of its own (the alpine
    images) or no such parent is known."""
    own = _own_programs(facts)
    parent = _parent(facts) if own else None
    if parent is None:
        return None
    tag = official.resolve(facts.base.reference)
    parent_facts = official.resolve(parent)
    kept = set(parent_facts.packages) if parent_facts is not None else set()
    left = tuple(p for p in tag.packages if p not in kept)
    base = facts.base
    image = parent
    if static and digest_on_floating_tag(base):
        pass  # (any release's programs, the binary's own C library: the data's parent)
    elif base.release_moves:
        floating = floating_slim(base)  # (declines for a digest-pinned builder)
        if floating == "debian:stable-slim" and \
                image_facts(_FLOATING_PARENT).release == image_facts(parent).release:
            image = _FLOATING_PARENT
    elif not static:
        check_digest_release(base, "a runner of the builder's own parent image")
    when = (f", floating with the builder's tag ({image_facts(image).release} on "
            f"{base.data_date or 'today'})" if image != parent else "")
    reason = (f"the image {base.reference} is built on ({parent}){when}: no Go sources were "
              "read (none in a build context given), so which programs the binary starts "
              f"by name (os/exec) is not known, and this runner has the builder's programs "
              f"({', '.join(p for p in own if p not in left)}): all but the Go toolchain"
              + (f" and {', '.join(left)}" if left else "") +
              "; give the build context for a runner chosen for the binary alone")
    added = (f"runner {image} and not one chosen for the binary alone: the Go sources were "
             "not read, and a program the binary starts (git, ssh, curl ...) would be missing "
             "there",)
    return image, reason, added


def _parent(facts) -> Optional[str]:
    """The ``buildpack-deps`` image the builder is built on, the first image of another
    name in the image data's ``FROM`` chain (``golang:onbuild`` is built on a golang
    image first); None when the data shows none."""
    tag = official.resolve(facts.base.reference)
    if tag is None:
        return None
    parent = next((p for p in tag.chain if split_reference(p)[0] != tag.name), None)
    return parent if parent and split_reference(parent)[0] == "buildpack-deps" else None


def has_programs_runner(facts) -> bool:
    """Whether ``programs_runner`` has an image for a builder with programs of its own
    (whatever the binary's linking and the builder's digest then decide of it)."""
    return bool(_own_programs(facts)) and _parent(facts) is not None


def unread_note(facts) -> str:
    """The report's warning when no sources were read (no build context, or none in
    it) and the builder image has programs of its own the runner lacks; "" when it has
    none."""
    own = _own_programs(facts)
    if not own:
        return ""
    date = facts.base.seen_on
    which = (f" (the tag's on {date}; the digest's image may have others)"
             if digest_on_floating_tag(facts.base) else "")
    return (f"no Go sources were read (none in a build context given): a program the "
            f"binary starts by name (os/exec) is not followed, and the programs of the "
            f"packages {facts.base.reference} installs ({', '.join(own)}){which} are not in "
            "the runner")
