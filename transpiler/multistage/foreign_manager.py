"""A RUN that installs packages with another distribution's package manager than the
base image's (``apk add`` on ``ubuntu``, ``apt-get install`` on ``alpine``): the
original does not build, so what its image holds is unknown.  The recipes would read
the packages it names as the image's own and install them in the runner with the
image's manager (an apk name list given to apt), which only hides the failure.

On an image of a distribution no record describes (the .NET images on Azure Linux and
CBL-Mariner, which the image data names; RPMs with tdnf) every package command is
declined (``unrecorded``): which of its packages the program needs at run time, and
how a runner would install them, is not known."""

from __future__ import annotations

from typing import Optional

from ..analysis.shell import program_name
from ..knowledge.packages import read_install
from .recipes.run_walk import steps

#: tdnf's verbs that change the installed packages (Azure Linux's and CBL-Mariner's
#: manager, which ``read_install`` does not read)
TDNF_CHANGES = frozenset({"install", "in", "reinstall", "update", "up", "upgrade",
                          "remove", "rm", "erase", "autoremove", "distro-sync",
                          "downgrade"})


def reason(facts) -> Optional[str]:
    """Why the file is declined, or None: the first install whose manager is not the
    base image's, when the image data knows the image's distribution."""
    record = facts.base.distribution
    if record is None:
        return None
    for step in steps(facts):
        found = read_install(step.argv)
        if found is not None and found.manager != record.manager:
            return (f"RUN at {step.where} installs packages with {found.manager} "
                    f"(`{' '.join(step.argv[:3])} ...`), but {facts.base.reference} is "
                    f"{record.name}, whose packages come with {record.manager}: the original "
                    "does not build, so what its image holds is unknown")
    return None


def unrecorded(facts) -> Optional[str]:
    """Why the file is declined, or None: the first package command (an install
    ``read_install`` reads, tdnf changing packages, rpm) on a base image whose
    distribution the image data names and no record describes."""
    base = facts.base
    if not base.known or base.family is None or base.distribution is not None:
        return None
    for step in steps(facts):
        argv = [w for w in step.argv]
        while argv and program_name(argv[0]) in ("sudo", "env"):
            argv = argv[1:]
        prog = program_name(argv[0]) if argv else ""
        if read_install(argv) is not None or prog == "rpm" or \
                (prog == "tdnf" and TDNF_CHANGES & set(argv[1:])):
            release = f" {base.release}" if base.release else ""
            return (f"RUN at {step.where} runs {prog} (`{' '.join(argv[:3])} ...`) on "
                    f"{base.reference}, which is {base.family}{release}: no package data "
                    f"of {base.family} is known here, so which of the packages the program "
                    "needs at run time, and how a runner installs them, is not known")
    return None
