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
Without a build context the sources are not read: the rewrite is made as before (a
decline would refuse every Go program of a full golang image), and ``unread_note``
says in the report which of the builder image's programs the runner lacks."""

from __future__ import annotations

from typing import Sequence, Tuple

from ...knowledge import official
from ..full_image_scripts import package_programs
from .base import Decline
from .runner_policy import digest_on_floating_tag


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
