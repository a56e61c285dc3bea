"""Services a RUN starts (``service mysql start``, ``/etc/init.d/apache2 restart``,
``initdb -D $PGDATA``) inside the RUNs whose effect is captured (``build_capture``'s
window, and every window classify captures: a same-image runner's, ``check_window``):
which of them the capture follows, and why the others decline.

The started process dies when its RUN ends; what stays is what it wrote, and the
capture copies every file the window's RUNs made or changed, as the original's image
keeps them (/run included: a RUN has no tmpfs there, ``effect_capture.PRUNED``).  That
is exact for a server that writes only a pid file, a runtime directory and its logs
(``apache2``, ``nginx``, ``ssh``, ``cron``: ``service apache2 restart`` makes
/run/apache2 and /run/lock/apache2, which ``apache2 -D FOREGROUND`` needs, ``service
ssh start`` makes /run/sshd, which ``sshd -D`` needs): the runner gets them with the
captured files, and its own install of the package makes none of them.  It is exact
too for ``initdb``, which makes a database cluster only in an empty or new directory
(every file of it is new in the window, so it is captured whole), and for ``pg_ctl``
on a cluster an ``initdb`` of the window made.

A database server's packaged cluster is different: its package's install, replayed in
the runner before the captured files, makes a data directory of its own
(``/var/lib/mysql``'s system tables, ``/var/lib/postgresql/<v>/main`` and its
``/etc/postgresql`` configuration, with the runner's own identifiers and passwords),
and the capture would lay the files the builder's server changed over it, leaving the
runner's unchanged ones beside them: two clusters mixed.  ``supervisord`` starts the
programs its configuration names (a database server among them, perhaps), and a
service not named here may be a database server: both decline too."""

from __future__ import annotations

import posixpath
from typing import List, Optional, Sequence, Tuple

from ...analysis.commands import shell_command_string
from ...analysis.shell import program_name, split_commands, unwrap
from ..decline import Decline

#: database servers (as a service's name and as the programs that start them or make
#: their data) and where their package's install makes the data the runner would mix
#: with the builder's
DATABASES = {
    "mysql": "/var/lib/mysql", "mariadb": "/var/lib/mysql", "mysqld": "/var/lib/mysql",
    "mysqld_safe": "/var/lib/mysql", "mysql_install_db": "/var/lib/mysql",
    "postgresql": "/var/lib/postgresql and /etc/postgresql",
    "pg_ctlcluster": "/var/lib/postgresql and /etc/postgresql",
    "pg_createcluster": "/var/lib/postgresql and /etc/postgresql",
    "mongodb": "/var/lib/mongodb", "mongod": "/var/lib/mongodb",
    "redis": "/var/lib/redis", "redis-server": "/var/lib/redis",
    "rabbitmq-server": "/var/lib/rabbitmq", "slapd": "/var/lib/ldap",
}
#: servers whose start writes only a pid file, a runtime directory and logs, none of
#: which their package's install makes
STATELESS = frozenset({"apache2", "httpd", "nginx", "ssh", "sshd", "cron", "crond",
                       "rsyslog", "dbus", "memcached"})
#: the verbs of an init script or systemctl that start no process (``systemctl enable``
#: links unit files, which the capture copies as any other file)
_NOT_STARTING = frozenset({"stop", "status", "enable", "disable", "mask", "unmask",
                           "daemon-reload", "is-enabled", "is-active", "set-default",
                           "preset", "cat", "show", "list-units", "list-unit-files"})
#: programs that start a server themselves (not through an init script)
_PROGRAMS = frozenset(DATABASES) | {"supervisord", "initdb", "pg_ctl", "postgres"}
#: PostgreSQL's programs that run on a data directory they are given (``-D``,
#: ``--pgdata``, else ``$PGDATA``)
_ON_DATA = ("initdb", "pg_ctl", "postgres")


def started(argv: Sequence[str]) -> Optional[str]:
    """The service ``argv`` starts or whose state it makes (``mysql`` for ``service
    mysql start``, ``/etc/init.d/mysql start`` and ``mysqld_safe``), or None."""
    if not argv:
        return None
    head = program_name(argv[0])
    words = [a for a in argv[1:] if not a.startswith("-")]
    if argv[0].startswith("/etc/init.d/"):
        return None if words[:1] and words[0] in _NOT_STARTING else \
            posixpath.basename(argv[0])
    if head in ("service", "invoke-rc.d"):
        if len(words) > 1 and words[1] in _NOT_STARTING:
            return None
        return words[0] if words else head
    if head == "systemctl":
        if words[:1] and words[0] in _NOT_STARTING:
            return None  # (``systemctl enable nginx`` links units: captured as files)
        return words[1].rsplit(".service", 1)[0] if len(words) > 1 else head
    if head in _PROGRAMS:
        return head
    return None


#: programs other than the shells that run a command string they are given with ``-c``
#: (``su postgres -c "pg_ctl start"``), whose commands the RUN's reader does not split
_COMMAND_STRING = ("su", "runuser")


def commands(argv: Sequence[str]) -> List[Tuple[str, ...]]:
    """``argv`` and, where it runs a command string (``su postgres -c "initdb -D
    /srv/pg"``), the simple commands of that string, in order."""
    out = [tuple(argv)]
    script = shell_command_string(argv)  # (a shell's, as the shell reads it: ``bash -lc``)
    if script is None and argv and program_name(argv[0]) in _COMMAND_STRING and \
            "-c" in argv[1:]:
        at = list(argv).index("-c", 1)
        script = argv[at + 1] if at + 1 < len(argv) else None
    if script is not None:
        for cmd in split_commands(script).commands:
            out.extend(commands(unwrap(cmd).argv))
    return out


def data_directory(argv: Sequence[str], env) -> Optional[str]:
    """The data directory ``initdb``, ``pg_ctl`` or ``postgres`` runs on, as written
    (``-D $PGDATADIR/`` gives ``$PGDATADIR``), or None (not one of them)."""
    if not argv or program_name(argv[0]) not in _ON_DATA:
        return None
    args = list(argv[1:])
    for i, a in enumerate(args):
        if a in ("-D", "--pgdata") and i + 1 < len(args):
            return args[i + 1].rstrip("/") or "/"
        if a.startswith("--pgdata="):
            return a.split("=", 1)[1].rstrip("/") or "/"
        if a.startswith("-D") and len(a) > 2:
            return a[2:].rstrip("/") or "/"
    return (env or {}).get("PGDATA", "$PGDATA").rstrip("/") or "/"


def capture_problem(argv: Sequence[str], made: Sequence[str] = (),
                    env=None) -> Optional[str]:
    """Why a RUN of the window running ``argv`` cannot be captured because of the
    service it starts (None: it starts none, or one whose files the capture copies as
    the original keeps them).  ``made``: the data directories an ``initdb`` earlier in
    the window made (``data_directory``).  The text follows "`<command>` starts ..."."""
    name = started(argv)
    if name is None or name in STATELESS or name == "initdb":
        return None
    if name in ("pg_ctl", "postgres"):
        data = data_directory(argv, env)
        if data in made:
            return None
        return (f"the PostgreSQL server on {data}, in the RUNs whose effect is captured, a "
                "cluster no `initdb` among them made: a package's install, which the runner "
                "repeats before the captured files, may have made it, and the capture would "
                "lay the files the builder's server changed over the runner's own cluster "
                "and keep its other ones: two clusters mixed")
    if name in DATABASES:
        return (f"the database server {name} in the RUNs whose effect is captured: the "
                f"runner's own install of its package makes its data ({DATABASES[name]}) "
                "before the captured files, which would lay the files the builder's server "
                "changed over it and keep the runner's other ones: two clusters mixed")
    if name == "supervisord" or name.startswith("supervisor"):
        return ("supervisord in the RUNs whose effect is captured, which starts the "
                "programs its configuration names (not read here): a database server among "
                "them would have its data, which the runner's own package install makes "
                "too, mixed with the builder's by the capture")
    return (f"the service {name} in the RUNs whose effect is captured, which is not known "
            "here: a database server's data, which the runner's own package install makes "
            "too, would be mixed with the builder's by the capture")


def check_step(step, clusters: list) -> None:
    """Decline where the RUN ``step`` (a ``run_walk.steps`` step) of a capture window
    starts a service whose files the capture cannot copy as the original keeps them
    (``capture_problem``); ``clusters``: the data directories an ``initdb`` of the
    window made before it, to which this step's own are added."""
    for argv in commands(step.argv):
        service = capture_problem(argv, clusters, step.env)
        if service is not None:
            raise Decline(f"{step.where}: `{' '.join(argv[:3])}` starts {service}")
        if program_name(argv[0]) == "initdb":
            clusters.append(data_directory(argv, step.env))


def check_window(walked, first: int) -> None:
    """``check_step`` for every RUN of the capture window: the ``walked`` steps from
    index ``first`` on (every RUN from the first captured one runs in the builder and
    is captured with it).  ``classify`` checks every window it captures this way, the
    same-image runners' and those it widened; ``build_capture`` checks its own window
    step by step first (``check_step``), beside its other checks."""
    clusters: list = []
    for step in walked:
        if step.index >= first:
            check_step(step, clusters)
