"""The user tools and BusyBox applets of the distributions, as the runner's setup
needs them: which users and groups a ``useradd``/``adduser``/``groupadd``/``addgroup``
command creates in each flavour (``distributions.Distribution.user_tools``), Debian's
commands translated to BusyBox's, and which ``wget`` options BusyBox accepts."""

from __future__ import annotations

from typing import List, Optional, Sequence, Set, Tuple
from ..analysis.shell import program_name

USER_TOOLS = {"useradd", "adduser", "groupadd", "addgroup"}

#: options that take a value, per tool flavour
_USERADD_VALUES = {"-b", "-c", "-d", "-e", "-f", "-g", "-G", "-k", "-K", "-p", "-s", "-u", "-R",
                   "-P", "-Z", "--base-dir", "--comment", "--home-dir", "--home", "--expiredate",
                   "--inactive", "--gid", "--groups", "--skel", "--key", "--password", "--shell",
                   "--uid", "--root", "--prefix", "--selinux-user"}
_GROUPADD_VALUES = {"-g", "-K", "-p", "-R", "-P", "--gid", "--key", "--password", "--root",
                    "--prefix"}
_DEB_ADDUSER_VALUES = {"--home", "--shell", "--uid", "--gid", "--ingroup", "--gecos",
                       "--firstuid", "--lastuid", "--conf", "--comment", "--firstgid",
                       "--lastgid"}
_BUSYBOX_VALUES = {"-h", "-g", "-s", "-G", "-u", "-k"}


def _split_options(argv: Sequence[str], values) -> Tuple[List[Tuple[str, Optional[str]]], List[str]]:
    """(options with their values, operands); ``--opt=value`` is split."""
    opts, operands = [], []
    i = 1
    while i < len(argv):
        word = argv[i]
        if word.startswith("-") and len(word) > 1:
            name, eq, value = word.partition("=")
            if eq:
                opts.append((name, value))
            elif name in values and i + 1 < len(argv):
                opts.append((name, argv[i + 1]))
                i += 1
            elif not name.startswith("--") and len(name) > 2:  # getopt clusters: -ms SHELL
                for pos, c in enumerate(name[1:], 2):
                    if f"-{c}" in values:
                        rest = name[pos:]
                        if not rest and i + 1 < len(argv):
                            rest = argv[i + 1]
                            i += 1
                        opts.append((f"-{c}", rest))
                        break
                    opts.append((f"-{c}", None))
            else:
                opts.append((name, None))
        else:
            operands.append(word)
        i += 1
    return opts, operands


def user_names(argv: Sequence[str], flavour: str) -> Tuple[Set[str], Set[str], Set[str]]:
    """(users, groups, groups it needs) that a user tool command creates."""
    tool = program_name(argv[0])
    if tool in ("groupadd", "addgroup"):
        values = _GROUPADD_VALUES if tool == "groupadd" else (
            _BUSYBOX_VALUES if flavour == "alpine" else _DEB_ADDUSER_VALUES)
        opts, operands = _split_options(argv, values)
        if tool == "addgroup" and len(operands) == 2:  # addgroup USER GROUP: membership
            return set(), set(), {operands[1]}
        # the group is known by its ID too (``groupadd -g 1000 app`` then ``useradd -g
        # 1000``, ``chown 1000:1000``): -g for groupadd and BusyBox, --gid for both
        gid = [v for o, v in opts if v and v.isdigit() and (
            o == "--gid" or (o == "-g" and (tool == "groupadd" or flavour == "alpine")))]
        return set(), set(operands[-1:]) | set(gid[-1:]), set()
    if tool == "useradd":
        opts, operands = _split_options(argv, _USERADD_VALUES)
        d = dict(opts)
        name = set(operands[-1:])
        group = d.get("-g") or d.get("--gid")
        own = set() if group or "-N" in d or "--no-user-group" in d else set(name)
        return name, own, {group} if group else set()
    values = _BUSYBOX_VALUES if flavour == "alpine" else _DEB_ADDUSER_VALUES
    opts, operands = _split_options(argv, values)
    d = dict(opts)
    if len(operands) == 2 and (flavour != "alpine" or not opts):
        return set(), set(), {operands[1]}  # adduser USER GROUP: membership
    # (BusyBox's adduser reads two operands as a membership only without options: with
    # them, ``adduser -D -h /srv searx searx`` creates the user, the second one unused)
    name = set(operands[:1] if len(operands) == 2 else operands[-1:])
    group = d.get("-G") if flavour == "alpine" else d.get("--ingroup")
    system = ("-S" in d) if flavour == "alpine" else ("--system" in d)
    own = set() if group or (system and "--group" not in d) else set(name)
    return name, own, {group} if group else set()


def system_id_chosen(argv: Sequence[str], flavour: str) -> bool:
    """Whether the command creates a system account (a user or group) whose id the tool
    chooses when it runs: the first free id of the system range (BusyBox ``adduser
    -S``/``addgroup -S`` from 100, Debian's ``adduser --system`` from 100, shadow's
    ``useradd -r``/``groupadd -r`` in SYS_UID_MIN..SYS_UID_MAX).  The packages'
    maintainer scripts take their accounts from the same range (Alpine's redis: ``adduser
    -S redis``), so such an id depends on which packages were installed before it.  An
    account with its id given (``-u 1000``, ``--gid 999``) or a login account (from
    1000 up, a range no package takes) does not; nor does adding a member."""
    tool = program_name(argv[0])
    if tool not in USER_TOOLS:
        return False
    busybox = flavour == "alpine" and tool in ("adduser", "addgroup")
    if tool == "useradd":
        values, system, ids = _USERADD_VALUES, {"-r", "--system"}, {"-u", "--uid"}
    elif tool == "groupadd":
        values, system, ids = _GROUPADD_VALUES, {"-r", "--system"}, {"-g", "--gid"}
    elif busybox:
        values, system = _BUSYBOX_VALUES, {"-S"}
        ids = {"-u"} if tool == "adduser" else {"-g"}
    else:  # Debian's adduser/addgroup
        values, system = _DEB_ADDUSER_VALUES, {"--system"}
        ids = {"--uid"} if tool == "adduser" else {"--gid"}
    opts, operands = _split_options(argv, values)
    names = {o for o, _ in opts}
    if len(operands) == 2 and (tool == "addgroup" or tool == "adduser" and
                               (not busybox or not opts)):
        return False  # adduser USER GROUP: a membership (as ``user_names`` reads it)
    return bool(names & system) and not names & ids


def _account(argv: Sequence[str], flavour: str):
    """(tool, options, user, home) of a ``useradd``/``adduser`` command that creates an
    account, the home as its passwd entry records it: ``useradd``'s ``-d``, else its
    base directory (``-b``, /home) and the name; ``adduser``'s ``--home``/``-h``, else
    /home and the name.  None for any other command (``adduser user group`` adds a
    member)."""
    tool = program_name(argv[0]) if argv else ""
    if tool == "useradd":
        opts, operands = _split_options(argv, _USERADD_VALUES)
        if not operands:
            return None
        d = dict(opts)
        home = d.get("-d") or d.get("--home-dir") or d.get("--home")
        base = d.get("-b") or d.get("--base-dir") or "/home"
        return tool, d, operands[-1], home or base.rstrip("/") + "/" + operands[-1]
    if tool != "adduser":
        return None
    alpine = flavour == "alpine"
    opts, operands = _split_options(argv, _BUSYBOX_VALUES if alpine else _DEB_ADDUSER_VALUES)
    if len(operands) != 1:
        return None
    d = dict(opts)
    return tool, d, operands[0], d.get("-h" if alpine else "--home") or "/home/" + operands[0]


def created_home(argv: Sequence[str], flavour: str) -> Optional[str]:
    """The home directory a ``useradd``/``adduser`` command may create (None: it creates
    none): where it does, the account must exist before anything else makes that
    directory, or the tool finds it there, copies no skeleton and leaves it to its
    maker (root).  ``useradd`` creates it with ``-m`` (and, for a user that is not a
    system user, by default where login.defs says CREATE_HOME yes: the "rhel" flavour);
    ``adduser`` unless told not to (Debian's
    ``--system`` users may get /nonexistent instead: "may" is enough here)."""
    got = _account(argv, flavour)
    if got is None:
        return None
    tool, d, _, home = got
    if tool == "useradd":
        if "-M" in d or "--no-create-home" in d:
            return None
        system = "-r" in d or "--system" in d  # no home unless -m, whatever login.defs says
        if "-m" not in d and "--create-home" not in d and (flavour != "rhel" or system):
            return None
        return home
    return None if ("-H" if flavour == "alpine" else "--no-create-home") in d else home


def home_field(argv: Sequence[str], flavour: str) -> Optional[Tuple[str, str]]:
    """(user, home) of the account a ``useradd``/``adduser`` command creates, as its
    passwd entry records the home (which ``HOME`` is when a RUN or the container runs
    as that user), whether or not the command makes the directory (``_account``); None
    where the command creates no user or the home is not known from its words: a
    system user ``adduser`` makes (``--system``, BusyBox's ``-S``) given no home, whose
    default home differs between versions."""
    got = _account(argv, flavour)
    if got is None:
        return None
    tool, d, user, home = got
    alpine = flavour == "alpine"
    if tool == "adduser" and ("-h" if alpine else "--home") not in d and \
            ("-S" if alpine else "--system") in d:
        return None
    return user, home


def to_busybox(argv: Sequence[str]) -> List[List[str]]:
    """Debian ``useradd``/``adduser``/``groupadd``/``addgroup`` as BusyBox commands;
    raises ValueError with the reason when an option has no equivalent."""
    tool = program_name(argv[0])
    if tool in ("groupadd", "addgroup"):
        opts, operands = _split_options(argv, _GROUPADD_VALUES if tool == "groupadd"
                                        else _DEB_ADDUSER_VALUES)
        out = ["addgroup"]
        for name, value in opts:
            if name in ("-r", "--system"):
                out.append("-S")
            elif name in ("-g", "--gid"):
                out += ["-g", value]
            elif name in ("-f", "--force", "-q", "--quiet"):
                continue
            else:
                raise ValueError(f"`{tool} {name}` has no BusyBox addgroup equivalent")
        if len(operands) != 1:
            raise ValueError(f"`{' '.join(argv)}`: expected one group name")
        return [out + operands]
    if tool == "useradd":
        opts, operands = _split_options(argv, _USERADD_VALUES)
        mapping = {"-u": "-u", "--uid": "-u", "-d": "-h", "--home-dir": "-h", "--home": "-h",
                   "-s": "-s", "--shell": "-s", "-c": "-g", "--comment": "-g",
                   "-g": "-G", "--gid": "-G"}
        ignored = {"-l", "--no-log-init", "-U", "--user-group"}
        system_flags, home_flags, nohome_flags = {"-r", "--system"}, {"-m", "--create-home"}, \
            {"-M", "--no-create-home"}
    elif tool == "adduser":
        opts, operands = _split_options(argv, _DEB_ADDUSER_VALUES)
        if len(operands) == 2 and not opts:
            return [["adduser", operands[0], operands[1]]]  # same syntax in BusyBox
        mapping = {"--uid": "-u", "--home": "-h", "--shell": "-s", "--gecos": "-g",
                   "--comment": "-g", "--ingroup": "-G"}
        ignored = {"--disabled-password", "--disabled-login", "-q", "--quiet", "--group"}
        system_flags, home_flags, nohome_flags = {"--system"}, set(), {"--no-create-home"}
    else:
        raise ValueError(f"`{tool}` is not a user tool")
    if len(operands) != 1:
        raise ValueError(f"`{' '.join(argv)}`: expected one user name")
    name = operands[0]
    out, system, home, group = ["adduser", "-D"], False, tool == "adduser", None
    for opt, value in opts:
        if opt in mapping:
            if mapping[opt] == "-G":
                group = value
            else:
                out += [mapping[opt], value]
        elif opt in system_flags:
            system = True
        elif opt in home_flags:
            home = True
        elif opt in nohome_flags:
            home = False
        elif opt in ignored:
            continue
        else:
            raise ValueError(f"`{tool} {opt}` has no BusyBox adduser equivalent")
    pre: List[List[str]] = []
    users, own, _ = user_names(argv, "debian")
    if own and group is None:  # Debian makes a group named after the user
        pre.append(["addgroup"] + (["-S"] if system else []) + [name])
        group = name
    if system:
        out.append("-S")
    if not home:
        out.append("-H")
    if group:
        out += ["-G", group]
    return pre + [out + [name]]



#: BusyBox wget options (the applet Alpine images bring)
_BUSYBOX_WGET_FLAGS = set("qsSc")
_BUSYBOX_WGET_VALUES = set("OTUYPo")
_BUSYBOX_WGET_LONG = {"--quiet", "--spider", "--output-document", "--timeout",
                      "--server-response", "--user-agent", "--header", "--continue",
                      "--no-check-certificate", "--directory-prefix", "--proxy"}


def busybox_wget_accepts(argv: Sequence[str]) -> bool:
    skip = False
    for word in argv[1:]:
        if skip:
            skip = False
            continue
        if word.startswith("--"):
            name = word.split("=", 1)[0]
            if name not in _BUSYBOX_WGET_LONG:
                return False
            if "=" not in word and name in ("--output-document", "--timeout", "--user-agent",
                                            "--header", "--directory-prefix", "--proxy"):
                skip = True
        elif word.startswith("-") and len(word) > 1:
            for pos, ch in enumerate(word[1:]):
                if ch in _BUSYBOX_WGET_VALUES:
                    skip = pos == len(word) - 2  # the value is the next word
                    break
                if ch not in _BUSYBOX_WGET_FLAGS:
                    return False
    return True
