"""System configuration a RUN the builder alone runs writes under /etc.

``echo "zend_extension = ..." >> /etc/php/7.0/cli/php.ini`` in the RUN that builds the
extension, ``cp /etc/cron.daily/logrotate /etc/cron.hourly``, ``mkdir -p
/etc/secret-volume`` beside a download: the RUN stays in the builder (it builds, or
prepares the build), and what it wrote under /etc is read by the system's programs at
run time (PHP, cron, a daemon's init script), which would start without it in the
runner.  The file tools and redirections name what they write, so the runner gets it
as the build left it: ``COPY --from=builder`` at the same path, after the runner's
package installs (so the builder's edited file wins over a package's default, as the
RUN's edit came after the original's install).  What another program writes is not
seen here, as for every builder RUN.

Where the carry cannot be made correct the rewrite declines, naming the file: a link
(``ln -s /app/site.conf /etc/nginx/conf.d/``) needs what it points to in the runner,
which is not known to be there."""

from __future__ import annotations

import dataclasses
import posixpath
from typing import List, Optional, Sequence, Tuple

from ..analysis.file_writes import command_writes
from ..analysis.shell import program_name

from .context import Context, Decline
from .path_programs import _link_target, _removed_later
from .recipes.artifacts import Artifact
from .recipes.run_walk import steps
from ..analysis.paths import is_within

HOW = "system configuration a RUN of the builder wrote under /etc"
#: OpenSSL's configuration, which it reads when a program makes its first TLS context;
#: on Debian and Ubuntu through ``/usr/lib/ssl/openssl.cnf``, a link the openssl package
#: ships (ca-certificates depends on it), on Alpine where it is
OPENSSL_CONFIGURATION = "/etc/ssl/openssl.cnf"
#: downloads write only the file they are told to (``-o``/``-O``, or the URL's name in
#: the directory they run in), which the other checks of builder RUNs follow
_DOWNLOADS = frozenset({"curl", "wget"})


def unknown_writes(ctx: Context, fact) -> Optional[str]:
    """Why what the RUN writes besides its /etc files is not known (None: it is): the
    configuration may be for what those writes installed (``curl ... | sh`` of an
    installer, ``make install`` of a PHP extension ``php.ini`` then loads), which would
    not reach the runner with it."""
    for step in steps(ctx.facts):
        if step.index != fact.index:
            continue
        if step.problem:
            return f"it is a shell construct the reader cannot follow ({step.problem})"
        if not step.argv or step.command is None or program_name(step.argv[0]) in _DOWNLOADS:
            continue
        if command_writes(step.command, step.cwd, step.env) is None:
            return f"what `{' '.join(step.argv[:2])}` writes is not known"
    return None


def carry(ctx: Context, found: Sequence[Tuple[object, str]], how: str = HOW,
          note: str = "system configuration a RUN that stays in the builder writes, which "
                      "the system's programs read at run time") -> None:
    """Carry each (RUN fact, /etc path) of ``found`` to the runner as an artifact at the
    same path, or decline where that cannot be made correct.  ``how``, ``note``: what
    the files are, for the artifacts and the report (npm's configuration: ``npm_config``)."""
    walked = list(steps(ctx.facts))
    carried: List[Artifact] = []
    for fact, path in found:
        if any(is_within(path, a.path) for a in carried) or \
                _removed_later(path, fact.index, walked):
            continue
        where = ctx.line_of(fact.node)
        target = _link_target(path, fact.index, walked)
        if target is not None:
            raise Decline(f"RUN at {where} makes {path} a link to {target} in the builder "
                          "only: the configuration of the system's programs, which the runner "
                          f"would start without it, and carrying the link needs {target} "
                          "there, which the runner is not known to have")
        carried = [a for a in carried if not a.path.startswith(path + "/")]
        carried.append(Artifact(posixpath.dirname(path), posixpath.basename(path),
                                f"{how} (RUN at {where})", fact.index))
    if not carried:
        return
    det = ctx.detection
    ctx.detection = dataclasses.replace(det, artifacts=det.artifacts + tuple(carried))
    ctx.added.append(f"{', '.join(a.path for a in carried)} copied from the builder: {note}")


def check_runner(ctx: Context, runner, installed) -> None:
    """Decline where the carried OpenSSL configuration may not be read: OpenSSL of a
    Debian or Ubuntu runner finds it through the openssl package's link, which a runner
    is known to have only with its CA certificates (which depend on that package) or
    where it installs either package (``installed``: the names the runner installs); an
    Alpine runner's reads it where it is.  A runner other than the builder's own image
    and not known to have it (a distroless image, a slim Debian one) would make its
    programs' TLS contexts with OpenSSL's defaults."""
    carried = next((a for a in ctx.detection.artifacts if a.path == OPENSSL_CONFIGURATION
                    and a.how.startswith(HOW)), None)
    if carried is None or ctx.runner.image == ctx.facts.base.reference or runner.known and (
            runner.family == "alpine" or
            runner.family in ("debian", "ubuntu") and (
                runner.has_ca_certificates or {"openssl", "ca-certificates"} & set(installed))):
        return
    raise Decline(f"RUN at {ctx.line_of(ctx.facts.instructions[carried.index].node)} edits "
                  f"{OPENSSL_CONFIGURATION}, which OpenSSL reads at run time, and "
                  f"{ctx.runner.image} is not known to have the openssl package, whose "
                  "/usr/lib/ssl/openssl.cnf link is where OpenSSL finds it on Debian and "
                  "Ubuntu: the carried file may not be read there")
