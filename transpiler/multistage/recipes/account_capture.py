"""The accounts the captured RUNs make or change, carried to the runner line by line.

``effect_capture`` never copies /etc/passwd, /etc/group and their shadows whole: the
runner has its own, made by its image and its own package installs, possibly numbered
otherwise.  So where a captured RUN creates users or groups (``useradd -m pagan``,
``groupadd -g 1000 user``), sets a password or removes one (``echo pagan:pagan |
chpasswd``, ``passwd -d``, ``usermod -p``), adds members to groups (``adduser pagan
sudo``, ``usermod -aG``), changes a shell or removes an account (``userdel -r``), the
builder records, per accounts file, what those RUNs changed:

- ``new`` the entries whose name was not there before (for a user, with the name of
  its primary group: the runner gives it that group's number there);
- ``changed`` the entries whose line changed (before and after);
- ``gone`` the entries removed;

and the runner merges them into its own files before it gives the captured files to
their owners by name:

- a new entry is added with the builder's numbers, which are the original's (the
  builder ran the original's RUNs in order): the files the runner copies from the
  builder keep those numbers.  Where this image has the name already (its own package
  install made it), its own entry stays, with the members the builder's entry lists
  added to its member lists (``usermod -aG ssl-cert dev`` after the captured RUN's
  ``apt-get install ssl-cert``, which the runner installs again: without them dev
  would not be in ssl-cert); where its number belongs to another name of
  this image, the entry is left out, unless a captured RUN's own user tool created it
  (``created``): then the build fails, naming both, rather than give the files of one
  account to another;
- a changed entry gets the fields that changed (the password, the shell, the home),
  and a member list gets the members added and loses those removed, whatever else
  this image put there;
- a gone entry is removed.

Shadow entries (and subordinate ids) follow the accounts the merge leaves in place.
The home directories, mail spools and everything else the tools wrote are captured
files like any other (the runner gives them to their owners by name).

Declined where this is not true: a user tool's name that is not known (the names it
creates decide what must be there), a runner image that has accounts of its own the
builder lacks (the accounts the builder numbered after its own may take their
numbers), and a RUN the runner repeats that creates accounts after a captured one (the
runner would number them first)."""

from __future__ import annotations

from dataclasses import replace
from typing import Optional, Sequence, Set, Tuple

from ...analysis.shell import program_name, split_commands, unwrap
from ...knowledge.user_tools import USER_TOOLS, user_names
from ...tree import ast

#: inside the captured tree: one file of records per accounts file, and the names the
#: captured RUNs' user tools create
ACCOUNTS = "/var/lib/dtranspile/capture-accounts"
#: the accounts files, in the order the runner merges them (a user's primary group and
#: a shadow entry's account must be merged first)
FILES = ("group", "gshadow", "passwd", "shadow", "subuid", "subgid")

#: programs that change the accounts files (besides the user tools that create)
CHANGING_TOOLS = frozenset({"usermod", "groupmod", "userdel", "groupdel", "deluser",
                            "delgroup", "chpasswd", "chgpasswd", "passwd", "gpasswd", "chsh",
                            "chfn", "chage", "newusers", "vipw", "vigr", "pwconv", "grpconv"})
ACCOUNT_TOOLS = USER_TOOLS | CHANGING_TOOLS


def _argvs(node: ast.Instruction):
    if not isinstance(node, ast.Run) or node.command is None:
        return
    if isinstance(node.command, ast.ExecForm):
        if node.command.args:
            yield tuple(node.command.args)
        return
    for raw in split_commands(node.command.text).commands:
        argv = unwrap(raw).argv
        if argv:
            yield argv


def touches_accounts(node: ast.Instruction) -> bool:
    """Whether a RUN runs a program that creates or changes accounts."""
    return any(program_name(argv[0]) in ACCOUNT_TOOLS for argv in _argvs(node))


#: the shells that run a script, from a file operand or from their standard input
#: (``curl -fsSL URL | sh``); with ``-c`` their text is read as the RUN's own commands
_SCRIPT_SHELLS = frozenset({"sh", "bash", "dash", "ash", "zsh", "ksh", "source", "."})
#: scripts known never to make accounts: those preparing a build in its tree
#: (autotools), and a virtual environment's ``activate`` (``source venv/bin/activate``),
#: which only sets variables
_KNOWN_SCRIPTS = frozenset({"autogen.sh", "bootstrap.sh", "buildconf.sh", "configure",
                            "activate"})


def runs_unread_script(node: ast.Instruction) -> bool:
    """Whether a RUN runs a shell script whose commands the transpiler does not read
    (``sh ./init.sh``, ``./setup.sh``, ``curl URL | bash``).  Such a script may create
    users or groups the program uses by name at run time (``gosu worker``, ``su``, a
    supervisord program's ``user=``) without owning a captured file, so no chown by name
    fails the build: the builder must record what it did to the accounts files, as for a
    RUN that runs ``useradd`` itself, or the runner silently lacks the account."""
    for argv in _argvs(node):
        name = program_name(argv[0])
        if name in _SCRIPT_SHELLS and "-c" not in argv[1:] and not (
                len(argv) > 1 and program_name(argv[1]) in _KNOWN_SCRIPTS):
            return True
        if name.endswith(".sh") and name not in _KNOWN_SCRIPTS:
            return True
    return False


def creates_accounts(node: ast.Instruction) -> bool:
    """Whether a RUN runs a user tool that creates users or groups."""
    return any(program_name(argv[0]) in USER_TOOLS for argv in _argvs(node))


def created_names(facts, indices: Sequence[int],
                  flavour: str) -> Tuple[Set[str], Set[str], Optional[str]]:
    """(users, groups, why not) the user tools of the RUNs at ``indices`` create, with
    the variables the walk knows expanded; ``why not`` names a RUN whose tool's name is
    not known."""
    from .run_walk import expanded_argv, steps
    users: Set[str] = set()
    groups: Set[str] = set()
    for step in steps(facts):
        if step.index not in indices or not step.argv or \
                program_name(step.argv[0]) not in USER_TOOLS:
            continue
        argv = expanded_argv(step)
        made_users, made_groups, _ = user_names(argv, flavour)
        fact = facts.instructions[step.index]
        arguments = {k for k in fact.before.args if k not in fact.before.env}
        plain = expanded_argv(replace(step, env={k: v for k, v in step.env.items()
                                                 if k not in arguments}))
        if plain != argv and user_names(plain, flavour)[:2] != (made_users, made_groups):
            return users, groups, (f"RUN at {step.where} runs `{' '.join(step.argv)}`, and a "
                                   "build argument gives the name of the account it creates "
                                   "(--build-arg may give another)")
        unknown = sorted(n for n in made_users | made_groups if "$" in n or "`" in n)
        if step.own_problem:
            return users, groups, (f"RUN at {step.where} runs `{' '.join(step.argv)}` in a "
                                   f"shell construct that is not followed ({step.own_problem})")
        if unknown or not made_users | made_groups and program_name(argv[0]) in (
                "useradd", "groupadd"):
            return users, groups, (f"RUN at {step.where} runs `{' '.join(step.argv)}`, and the "
                                   "name of the account it creates is not known")
        # (a group's number is read as a name too, ``groupadd -g 1000 app``: not an entry's)
        users |= {n for n in made_users if not n.isdigit()}
        groups |= {n for n in made_groups if not n.isdigit()}
    return users, groups, None


def snapshot_text(work: str) -> str:
    """Shell text keeping the accounts files as they are before the captured RUNs."""
    keep = " && ".join(f"{{ [ ! -f /etc/{name} ] || cp /etc/{name} {work}/accounts/{name}; }}"
                       for name in FILES)
    return f"mkdir -p {work}/accounts && {keep}"


#: the builder's records of one accounts file (``@FILE@``): ARGV[1] the file before, ARGV[2]
#: the file now; a user's primary group by name from the group file (``etc``: /etc
#: unless a test says otherwise)
_RECORDS_AWK = (
    "awk -F: -v file=@FILE@ 'BEGIN { if (etc == \"\") etc = \"/etc\"; "
    "while (file == \"passwd\" && (getline l < (etc \"/group\")) > 0) { "
    "split(l, c, \":\"); g[c[3]] = c[1] } } "
    "FILENAME == ARGV[1] { b[$1] = $0; next } "
    "{ a[$1] = 1; x = (file == \"passwd\") ? \"\\t\" g[$4] : \"\"; "
    "if (!($1 in b)) print \"new\\t\" $0 x; "
    "else if (b[$1] != $0) print \"changed\\t\" b[$1] \"\\t\" $0 x } "
    "END { for (k in b) if (!(k in a)) print \"gone\\t\" b[k] }'")


def records_text(work: str, captured: str, created: Sequence[str]) -> str:
    """Shell text writing, under the captured tree, the records of each accounts file
    (see the module docstring) and the names the captured RUNs' user tools create."""
    out = f"{captured}{ACCOUNTS}"
    parts = [f"mkdir -p {out}"]
    parts.append(f"printf '%s\\n' {' '.join(sorted(created))} > {out}/created" if created
                 else f": > {out}/created")
    for name in FILES:
        parts.append(f"{{ [ ! -f /etc/{name} ] || {{ touch {work}/accounts/{name} && "
                     f"{_RECORDS_AWK.replace('@FILE@', name)} "
                     f"{work}/accounts/{name} /etc/{name} > {out}/{name}; }}; }}")
    return " && ".join(parts)


#: the runner's merge of one accounts file (``file``): ARGV[1] the created names,
#: ARGV[2] this image's file, ARGV[3] the builder's records; the merged file on stdout
#: (``etc``: /etc unless a test says otherwise)
MERGE_AWK = r"""
function fail(msg) { print "dtranspile: " msg | "cat 1>&2"; bad = 1; exit 1 }
function joined(f, k,   i, s) { s = f[1]; for (i = 2; i <= k; i++) s = s ":" f[i]; return s }
function members(cur, was, now,   W, N, S, C, k, i, out) {
  split("", W); split("", N); split("", S); out = "";
  k = split(was, C, ","); for (i = 1; i <= k; i++) W[C[i]] = 1;
  k = split(now, C, ","); for (i = 1; i <= k; i++) N[C[i]] = 1;
  k = split(cur, C, ",");
  for (i = 1; i <= k; i++) if (C[i] != "" && !((C[i] in W) && !(C[i] in N)) && !(C[i] in S)) {
    out = out (out == "" ? "" : ",") C[i]; S[C[i]] = 1 }
  k = split(now, C, ",");
  for (i = 1; i <= k; i++) if (C[i] != "" && !(C[i] in W) && !(C[i] in S)) {
    out = out (out == "" ? "" : ",") C[i]; S[C[i]] = 1 }
  return out }
function gid_of(group, name) {
  if (!(group in gid)) fail("the group " group " of the user " name " is not in " etc "/group");
  return gid[group] }
function joined_members(name, f, k,   r, kr, i) {
  if (lists == " ") return;
  kr = split(line[at[name]], r, ":"); if (k > kr) kr = k;
  for (i = 2; i <= kr; i++) if (index(lists, " " i " ")) r[i] = members(r[i], "", f[i]);
  line[at[name]] = joined(r, kr) }
function add(rest,   p, f, g, k, name) {
  split(rest, p, "	"); k = split(p[1], f, ":"); name = f[1];
  if (comp != "" && file != "passwd" && !(name in have)) return;
  if (file == "passwd") {
    if (!(p[2] in gid) && !(name in must)) return;
    f[4] = gid_of(p[2], name) }
  if (name in at) {
    split(line[at[name]], g, ":");
    if (id && g[id] != f[id]) {
      if (name in must) fail(here " has " name " already, numbered " g[id] " (the builder: " f[id] ")");
      joined_members(name, f, k); return }
    if (name in must) line[at[name]] = joined(f, k);
    else joined_members(name, f, k);
    return }
  if (id && (f[id] in owner)) {
    if (name in must) fail("the number " f[id] " of " name " belongs to " owner[f[id]] " in " here);
    return }
  n++; line[n] = joined(f, k); at[name] = n; if (id) owner[f[id]] = name }
function change(rest,   p, b, a, r, kb, ka, kr, m, i, name, old) {
  split(rest, p, "	"); kb = split(p[1], b, ":"); ka = split(p[2], a, ":"); name = a[1];
  if (!(name in at)) return;
  kr = split(line[at[name]], r, ":"); old = id ? r[id] : "";
  m = ka > kb ? ka : kb; if (kr > m) m = kr;
  for (i = 2; i <= m; i++) {
    if (b[i] == a[i]) continue;
    if (index(lists, " " i " ")) r[i] = members(r[i], b[i], a[i]);
    else if (file == "passwd" && i == 4) r[i] = gid_of(p[3], name);
    else r[i] = a[i] }
  if (id && r[id] != old) {
    if ((r[id] in owner) && owner[r[id]] != name) fail("the number " r[id] " of " name " belongs to " owner[r[id]] " in " here);
    owner[r[id]] = name }
  line[at[name]] = joined(r, m) }
BEGIN {
  FS = ":"; if (etc == "") etc = "/etc"; here = etc "/" file;
  id = (file == "passwd" || file == "group") ? 3 : 0;
  lists = file == "group" ? " 4 " : file == "gshadow" ? " 3 4 " : " ";
  comp = file == "group" ? "" : etc "/" ((file == "passwd" || file == "gshadow") ? "group" : "passwd");
  while (comp != "" && (getline l < comp) > 0) {
    split(l, c, ":"); have[c[1]] = 1; if (file == "passwd") gid[c[1]] = c[3] } }
FILENAME == ARGV[1] { must[$0] = 1; next }
FILENAME == ARGV[2] { n++; line[n] = $0; at[$1] = n; if (id) owner[$id] = $1; next }
{ kind = $0; sub(/	.*/, "", kind); rest = substr($0, length(kind) + 2);
  if (kind == "new") add(rest);
  else if (kind == "changed") change(rest);
  else if (kind == "gone") { split(rest, f, ":"); if (f[1] in at) line[at[f[1]]] = "" } }
END { if (bad) exit 1; for (i = 1; i <= n; i++) if (line[i] != "") print line[i] }
"""


def _merge_program() -> str:
    """MERGE_AWK on one line, as a single-quoted shell word (it holds no quote)."""
    text = " ".join(line.strip() for line in MERGE_AWK.strip().splitlines())
    assert "'" not in text
    return text


def merge_text() -> str:
    """Shell text merging the records into this image's accounts files (see the module
    docstring); a file this image lacks fails the build where records name it."""
    a = ACCOUNTS
    return (f"for f in {' '.join(FILES)}; do [ ! -f {a}/$f ] || "
            f"if [ -f /etc/$f ]; then awk -v file=\"$f\" '{_merge_program()}' {a}/created "
            f"/etc/$f {a}/$f > {a}/$f.merged && cat {a}/$f.merged > /etc/$f || exit 1; "
            f"elif [ -s {a}/$f ]; then echo \"dtranspile: the builder's RUNs changed /etc/$f, "
            f"which this image does not have\" >&2; exit 1; fi; done && rm -rf {a}")


def window(ctx) -> Tuple[int, ...]:
    """The stage indices of the RUNs the builder alone runs from the first captured one
    on: what they do to the accounts is in the builder's records (a RUN placed in both
    stages is repeated in the runner, which makes its accounts itself)."""
    if not ctx.captured:
        return ()
    first = min(ctx.captured)
    return tuple(p.index for p in ctx.placements
                 if p.index >= first and p.where == "builder" and isinstance(p.node, ast.Run))


def carried(ctx) -> Optional[Tuple[Set[str], Set[str]]]:
    """(users, groups) the captured RUNs' user tools create, where the builder records
    what those RUNs do to the accounts (None: no RUN of the window touches them).
    Raises Decline where a created name is not known."""
    from ..decline import Decline
    from ..runner_setup import base_family
    indices = window(ctx)
    nodes = [p.node for p in ctx.placements if p.index in indices]
    if not any(touches_accounts(n) or runs_unread_script(n) for n in nodes):
        return None
    flavour = base_family(ctx.facts.base) or (
        "alpine" if _manager(ctx) == "apk" else "debian")
    users, groups, why = created_names(ctx.facts, indices, flavour)
    if why is not None:
        raise Decline(f"{why}: the runner takes the accounts the captured RUNs create from "
                      "the builder's records, and must know which ones have to be there")
    return users, groups


def unread_script_lines(ctx) -> Tuple[str, ...]:
    """Where the captured RUNs run a script that is not read (``runs_unread_script``),
    for the report: the accounts it makes are carried without being named."""
    indices = window(ctx)
    return tuple(ctx.line_of(p.node) for p in ctx.placements
                 if p.index in indices and runs_unread_script(p.node))


def _manager(ctx) -> str:
    from .effect_capture import manager
    return manager(ctx.facts)


def check_runner(ctx, runner, carried_names) -> None:
    """Decline where the runner cannot take the builder's accounts with their numbers
    (see the module docstring): its image has accounts the builder lacks, or a RUN it
    repeats creates accounts after a captured RUN did."""
    from ..decline import Decline
    users, groups = carried_names
    if not users and not groups:
        return
    own = sorted(set(runner.users) - set(ctx.facts.base.users))
    if runner.known and own:
        raise Decline(f"the captured RUNs create {', '.join(sorted(users | groups))}, and the "
                      f"runner {ctx.runner.image} has accounts of its own that the builder "
                      f"{ctx.facts.base.reference} lacks ({', '.join(own)}): the numbers the "
                      "builder gave may be theirs there")
    creators = [p for p in ctx.placements
                if p.index in window(ctx) and creates_accounts(p.node)]
    if not creators:
        return
    for p in ctx.placements:
        if p.index > creators[0].index and p.where == "both" and creates_accounts(p.node):
            raise Decline(f"RUN at {ctx.line_of(p.node)} creates accounts and is repeated in "
                          "the runner, before the runner takes those the captured RUN at "
                          f"{ctx.line_of(creators[0].node)} creates: the runner would number "
                          "them first, not as the original")
