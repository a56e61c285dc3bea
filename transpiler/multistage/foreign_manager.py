"""A RUN that installs packages with another distribution's package manager than the
base image's (``apk add`` on ``ubuntu``, ``apt-get install`` on ``alpine``): the
original does not build, so what its image holds is unknown.  The recipes would read
the packages it names as the image's own and install them in the runner with the
image's manager (an apk name list given to apt), which only hides the failure."""

from __future__ import annotations

from typing import Optional

from ..knowledge.packages import read_install
from .recipes.run_walk import steps


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
