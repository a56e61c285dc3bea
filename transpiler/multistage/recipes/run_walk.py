"""Walking the simple commands of a stage's RUN lines with the directory and the
variables in force at each (``cd``, ``export`` and ``VAR=x cmd`` prefixes followed), so
the compiled-language recipes read ``cargo``/``make``/``dotnet`` lines the same way.

A subshell's ``cd`` and variables end at its ``)``: ``(cd build && make) && make
install`` runs the first make in build/ and the second where the RUN started, so the
walk saves the directory and variables on entering each subshell (``scopes``) and
restores them when the next command is outside it."""

from __future__ import annotations

import dataclasses
import re
import threading
from dataclasses import dataclass
from typing import Callable, Dict, Iterable, Iterator, List, Optional, Tuple

from ...tree import ast
from ...analysis import StageFacts
from ...analysis.commands import SHELLS, shell_command_string
from ...analysis.shell import (SimpleCommand, program_name, split_commands, su_command,
                               sudo_user, unwrap, xargs_command)
from ...analysis.state import resolve_path
from ...analysis.variables import expand
from ...knowledge import packages
from . import global_options


@dataclass(frozen=True)
class Step:
    index: int  # the RUN's index in the stage body
    where: str  # "line N" for messages
    argv: Tuple[str, ...]
    cwd: Optional[str]  # None = unknown
    env: Dict[str, str]
    problem: Optional[str]  # the RUN is a shell construct the reader cannot follow
    command: Optional[SimpleCommand] = None  # the command as read (assignments, argv)
    #: what cannot be followed about this command itself: None when the RUN's only
    #: obstacles are confined ``if``/loop/``case`` bodies (``ShellScript.outside_problem``)
    #: outside which it runs, the construct holding it when it is in one, else ``problem``.
    #: A reader of one command (where pip installs) may use it; a reader of the RUN's
    #: whole effect keeps ``problem``
    own_problem: Optional[str] = None
    #: the confined construct whose body holds the command (then ``own_problem``)
    construct: Optional[str] = None
    #: which directory the command runs in, also when ``cwd`` is not known: (RUN index,
    #: number of the ``cd`` in it that led there), or before any ``cd`` the place the
    #: last WORKDIR made (a negative number for it, 0); the same for two commands with
    #: no ``cd`` or WORKDIR between them (a subshell's ``)`` returns to the place outside
    #: it).  ``cd foo-*/ && make && make install``: both makes run in one directory,
    #: whatever the glob matches
    place: Optional[Tuple[int, int]] = None
    #: why ``cwd`` is not known (None when it is): "`cd node-v*` goes where the pattern
    #: matches", for the messages of the readers that need the directory
    lost: Optional[str] = None
    #: the words as written where ``argv`` reads them otherwise (a tool's global options
    #: moved after its subcommand: ``global_options``), for messages that quote them
    said: Optional[Tuple[str, ...]] = None
    #: the user other than root a ``sudo -u`` before the command runs it as (``unwrap``
    #: took the sudo away): what it makes is that user's
    as_user: Optional[str] = None


def where_of(fact) -> str:
    node = fact.node
    return f"line {node.span.line}" if node.span else f"instruction {fact.index + 1}"


#: what was read of the last stages: every recipe and pass walks the same stage's RUNs
#: (tens of times per transpile), and a walk reads each RUN's shell text again
_READ: Dict[Tuple[int, str], Tuple[StageFacts, tuple]] = {}
_KEEP = 8
_LOCK = threading.Lock()


def per_stage(facts: StageFacts, kind: str, read: Callable[[StageFacts], Iterable]) -> tuple:
    """``tuple(read(facts))``, made once per stage and kind and shared: the readers
    that use it make frozen values that no caller changes."""
    key = (id(facts), kind)
    hit = _READ.get(key)
    if hit is None or hit[0] is not facts:
        hit = (facts, tuple(read(facts)))
        with _LOCK:  # the language server may transpile on several threads
            while len(_READ) >= _KEEP:
                _READ.pop(next(iter(_READ)))
            _READ[key] = hit
    return hit[1]


def steps(facts: StageFacts) -> Iterator[Step]:
    """The stage's simple commands in order, each with its directory and variables.
    A stage's walk is made once and shared (a Step is frozen and no reader changes its
    ``env``)."""
    return iter(per_stage(facts, "walk", _walk))


def _walk(facts: StageFacts) -> Iterator[Step]:
    # the index of the last WORKDIR before the instruction, kept as the walk goes (a
    # search of every earlier instruction per RUN made the walk quadratic in the RUNs)
    last_workdir = -1
    for fact in facts.instructions:
        node = fact.node
        if isinstance(node, ast.Workdir):
            last_workdir = fact.index
        if not isinstance(node, ast.Run):
            continue
        if isinstance(node.command, ast.ExecForm):
            cmds, problem = (SimpleCommand(tuple(node.command.args), (), None),), None
            confined, outside = False, None
        else:
            script = split_commands(node.command.text if node.command else "")
            cmds = script.commands
            problem = _from_arguments(facts, fact, script.scoped_problem
                                      if script.complex else None)
            confined = script.complex and script.outside_problem is None
            # (what a reader of one command outside the confined bodies meets: the first
            # obstacle outside them, not a confined one before it)
            outside = _from_arguments(facts, fact, script.outside_problem) or problem
            if node.heredocs:
                problem, confined, outside = "heredoc", False, "heredoc"
                body = heredoc_script(node)
                if body is not None:
                    # (`RUN <<EOT` runs the body as its script: its installs are read, the
                    # RUN stays one the walk cannot follow whole for readers that ask)
                    cmds = split_commands(body).commands
        cmds, inner_problem = _as_run(cmds)
        if inner_problem is not None and problem is None:
            problem = outside = inner_problem
            confined = False
        cwd = fact.before.workdir
        env: Dict[str, str] = fact.before.variables()
        lost = None if cwd is not None else _lost_workdir(facts, fact)
        # (a RUN starts where the last WORKDIR left it: the same place in every RUN after
        # it, also when the directory is not known)
        place, moves = (-2 - last_workdir, 0), 0
        #: (subshell, directory, why it is not known, place and variables outside it) of
        #: the subshells entered
        entered: List[Tuple[int, Optional[str], Optional[str], Tuple[int, int],
                            Dict[str, str]]] = []
        for raw in cmds:
            while entered and entered[-1][0] not in raw.scopes:
                _, cwd, lost, place, env = entered.pop()
            for scope in raw.scopes[len(entered):]:
                entered.append((scope, cwd, lost, place, dict(env)))
            cmd = unwrap(raw)
            local = dict(env)
            for key, value in cmd.assignments:
                _assign(local, key, value, env)
            if not cmd.argv:
                env.update(local)
                continue
            head = cmd.argv[0]
            if head == "cd":
                target = cmd.argv[1] if len(cmd.argv) > 1 else local.get("HOME", "/root")
                cwd, lost = _moved(f"cd {target}", target, cwd, lost, env)
                moves += 1
                place = (fact.index, moves)
                continue
            if head == "export":
                for word in cmd.argv[1:]:
                    key, eq, value = word.partition("=")
                    if eq:
                        _assign(env, key, value, env)
                continue
            construct = _from_arguments(facts, fact, raw.construct) if confined else None
            # (a tool's global options before its subcommand: read after it, and the one
            # that changes its directory as a `cd` for this command alone: global_options)
            reading = global_options.read(tuple(cmd.argv))
            here, here_lost, here_place = cwd, lost, place
            if reading.directory is not None:
                here, here_lost = _moved(f"{program_name(head)} {reading.option} "
                                         f"{reading.directory}", reading.directory, cwd,
                                         lost, env)
                moves += 1
                here_place = (fact.index, moves)
            said = tuple(cmd.argv)
            if reading.argv != said:
                cmd = dataclasses.replace(cmd, argv=reading.argv)
            switched = sudo_user(raw.argv)
            yield Step(fact.index, where_of(fact), reading.argv, here, local,
                       problem, cmd,
                       construct if confined else outside, construct, here_place,
                       here_lost if here is None else None, said if cmd.argv != said else None,
                       switched if switched not in (None, "root", "0") else None)


#: scope numbers of the commands a shell's command string runs: far above those the
#: reader gives the subshells of one RUN's text
_STRING_SCOPES = 1 << 20


def _as_run(cmds) -> Tuple[Tuple[SimpleCommand, ...], Optional[str]]:
    """``cmds`` with each command that runs others replaced by what it runs, as it runs
    them: a shell on a command string (``bash -c "apt-get update && apt-get install -y
    libjansson-dev"``, ``sh -ec '...'``, ``su -c '...'``) by the string's commands in a
    scope of their own (their ``cd`` and variables end with it, as a subshell's), after
    the variables the command is given (``CGO_ENABLED=1 sh -c 'go build'``); ``eval`` by
    its words' commands in this shell; a wrapper (``nice``, ``timeout``:
    ``_COMMAND_WRAPPERS``) by its command; ``xargs apt-get install`` by an install of
    what xargs reads (``XARGS_INPUT``).  Read as the one word ``bash`` or ``timeout``,
    the install and the build in it were not seen: the runner lacked the library
    package, the recipe the build.  Also the first problem a string's text has (a
    construct, text that does not parse), or None.  A string run as another user (``sudo
    -u``, ``su app``), one with a command substitution and one that does not parse stay
    one command."""
    if not any(unwrap(c).argv and program_name(unwrap(c).argv[0]) in _RUNNERS
               for c in cmds if c.argv):
        return tuple(cmds), None
    out: List[SimpleCommand] = []
    problem = None
    for number, raw in enumerate(cmds):
        cmd = unwrap(raw)
        name = program_name(cmd.argv[0]) if cmd.argv else ""
        switched = sudo_user(raw.argv) not in (None, "root", "0")
        while name in _COMMAND_WRAPPERS and _wrapped(cmd.argv):
            # (`nice -n 10 make`, `timeout 600 apt-get install ...`: the command it runs)
            cmd = unwrap(dataclasses.replace(cmd, argv=_wrapped(cmd.argv)))
            raw, name = cmd, program_name(cmd.argv[0])
        if name == "xargs" and packages.read_install(xargs_command(cmd.argv)) is not None:
            # (`xargs apt-get install -y < pkgs.txt`: the packages are its input's; the
            # other commands xargs runs are left as the one command `xargs`, which the
            # readers of files know as running a command they do not read)
            out.append(dataclasses.replace(cmd, argv=xargs_command(cmd.argv) + (XARGS_INPUT,)))
            continue
        text = shell_command_string(cmd.argv) if name in SHELLS else None
        same_shell = name == "eval"  # (eval runs its words in this shell: its cd stays)
        if same_shell:
            text = " ".join(cmd.argv[1:]) or None
        if name == "su":
            user, text = su_command(cmd.argv)
            if user not in ("root", "0"):
                text = None
        if text is not None and switched:
            text = None  # (`sudo -Hu iris bash -c '...'`: its commands run as iris)
        if text is not None and ("$(" in text or "`" in text):
            text = None  # (`sh -c "$(curl -fsSL .../i.sh)"`: what it runs is a download's)
        if text is None:
            out.append(raw)
            continue
        script = split_commands(text)
        if script.complex and problem is None:
            label = "eval" if same_shell else f"{program_name(cmd.argv[0])} -c"
            problem = (f"`{label}` at {raw.line}:{raw.column} runs a command string the "
                       f"transpiler cannot follow ({script.problem})")
        if script.syntax_error:
            out.append(raw)  # (what a broken parse lists is the part before the break)
            continue
        scope = _STRING_SCOPES * (number + 1)
        outer = tuple(raw.scopes) + (() if same_shell else (scope,))
        depth = raw.subshell + (0 if same_shell else 1)
        first = [SimpleCommand((), tuple(cmd.assignments), raw.separator_before,
                               raw.conditional, depth, raw.line, raw.column,
                               outer, (), raw.construct)]
        for inner in script.commands:
            first.append(dataclasses.replace(
                inner, conditional=raw.conditional or inner.conditional,
                subshell=depth + inner.subshell, line=raw.line,
                column=raw.column, scopes=outer + tuple(scope + i for i in inner.scopes),
                construct=raw.construct or inner.construct))
        out.extend(first)
    return tuple(out), problem


#: what the walk reads as the words xargs appends from its input: not known, as a
#: command substitution's output (a package reader names it so and declines)
XARGS_INPUT = "$(xargs)"


def unknown_named(words) -> str:
    """How a message names package words whose value the Dockerfile does not show:
    ``$(xargs)`` as what xargs reads, a command substitution as what it prints, anything
    else as a variable."""
    parts = []
    for word in words:
        if word == XARGS_INPUT:
            parts.append("the packages xargs reads from its input")
        elif "$(" in word or "`" in word:
            parts.append(f"{word}, what a command prints")
        else:
            parts.append(f"{word}, named by a variable whose value is not known")
    return "; ".join(parts)


#: programs that run the command after their own words, changing how it runs (its
#: priority, time limit, buffering, session, display) and not what it does: (their
#: options that take a value as the next word, the words of theirs before the command)
_COMMAND_WRAPPERS = {
    "nice": (frozenset({"-n", "--adjustment"}), 0),
    "ionice": (frozenset({"-c", "--class", "-n", "--classdata"}), 0),
    "timeout": (frozenset({"-s", "--signal", "-k", "--kill-after"}), 1),
    "stdbuf": (frozenset({"-i", "--input", "-o", "--output", "-e", "--error"}), 0),
    "setsid": (frozenset(), 0),
    "chronic": (frozenset(), 0),
    "taskset": (frozenset(), 1),
    "xvfb-run": (frozenset({"-e", "--error-file", "-f", "--auth-file", "-n", "--server-num",
                            "-p", "--xauth-protocol", "-s", "--server-args", "-w",
                            "--wait"}), 0),
}


def _wrapped(argv) -> Tuple[str, ...]:
    """The command a wrapper of ``_COMMAND_WRAPPERS`` runs, () when it runs none (``ionice
    -p PID``, ``taskset -p``: they change a running process)."""
    valued, positional = _COMMAND_WRAPPERS[program_name(argv[0])]
    rest = list(argv[1:])
    while rest and rest[0].startswith("-") and rest[0] != "-":
        word = rest.pop(0)
        if word == "--":
            break
        if word in ("-p", "--pid") and program_name(argv[0]) in ("ionice", "taskset"):
            return ()
        if word in valued:
            rest = rest[1:]
    return tuple(rest[positional:])


#: the programs that run other commands the walk reads in their place (xargs: only an
#: install, whose packages its input names)
_RUNNERS = frozenset(SHELLS | {"xargs", "su", "eval"} | set(_COMMAND_WRAPPERS))
#: a RUN whose command is a here-document alone (``RUN <<EOT``, ``<<-"EOT"``), or a
#: shell reading it as its script on standard input (``RUN bash -e <<EOT``,
#: ``RUN sh <<EOT``): the shell's name and options, then the marker
_BARE_HEREDOC = re.compile(r"\s*(?:(?:/usr)?(?:/bin/)?(?:ba|da|a)?sh(?:\s+-[abd-zA-Z]+)*\s+)?"
                           r"<<-?\s*(['\"]?)(\w+)\1\s*")


def heredoc_script(node) -> Optional[str]:
    """The script ``RUN <<EOT`` runs: BuildKit hands a here-document that is the whole
    command to the shell as its text (one with ``#!`` it runs as a file, by that
    interpreter: None then, as for any other RUN with here-documents); ``RUN bash -e
    <<EOT`` runs the same text, read by that shell from its input (not with ``-c``,
    whose string would be the script, nor ``-s`` with operands)."""
    command = node.command
    if not isinstance(command, ast.ShellForm) or len(node.heredocs) != 1:
        return None
    match = _BARE_HEREDOC.fullmatch(command.text)
    doc = node.heredocs[0]
    if match is None or match.group(2) != doc.name or doc.content.startswith("#!"):
        return None
    if doc.chomp:
        return "".join(line.lstrip("\t") for line in doc.content.splitlines(True))
    return doc.content


#: the variables an ``if``/``while``/``case`` test reads, as the shell reader names them
_TEST_READS = re.compile(r", whose test reads ((?:\$\w+)(?: and \$\w+)*):")


def _from_arguments(facts: StageFacts, fact, problem: Optional[str]) -> Optional[str]:
    """A construct's problem with the variables its test reads that a build argument
    sets marked so (an ARG, or an ENV whose value names one in force): the Dockerfile
    gives their default, but ``--build-arg`` may give another, so which body runs is
    not known even where the default would decide it."""
    match = _TEST_READS.search(problem or "")
    if match is None:
        return problem
    from_args = set()
    for earlier in facts.instructions[:fact.index + 1]:
        if isinstance(earlier.node, ast.Arg):
            from_args.update(decl.name for decl in earlier.node.args)
        elif isinstance(earlier.node, ast.Env):
            for pair in earlier.node.pairs:
                if any(re.search(r"\$\{?" + re.escape(name) + r"(?![A-Za-z0-9_])", pair.value)
                       for name in earlier.before.args):
                    from_args.add(pair.key)
                else:
                    from_args.discard(pair.key)
    names = [n[1:] for n in match.group(1).split(" and ")]
    text = getattr(fact.node.command, "text", "") or ""
    # (a name the RUN's own shell assigns is its value there, not the argument's)
    from_args -= {n for n in names if re.search(
        r"(^|[\s;&|(])(export\s+|local\s+|readonly\s+)?" + re.escape(n) + "=", text)}
    marked = [f"${n} (set by a build argument, which --build-arg may change)"
              if n in from_args else f"${n}" for n in names]
    if marked == [f"${n}" for n in names]:
        return problem
    return problem[:match.start(1)] + " and ".join(marked) + problem[match.end(1):]


def _lost_workdir(facts: StageFacts, fact) -> str:
    """Why the working directory a RUN starts in is not known."""
    why = next((u for u in reversed(fact.before.unresolved) if u.startswith("WORKDIR ")), None)
    if why is not None:
        return why
    if facts.base.workdir is None:
        return (f"the working directory of {facts.base.reference} is not known, and a "
                "relative WORKDIR follows it")
    return "the WORKDIR is not known"


def _moved(said: str, target: str, cwd: Optional[str], lost: Optional[str],
           env: Dict[str, str]) -> Tuple[Optional[str], Optional[str]]:
    """(directory, why it is not known) after going to ``target`` from ``cwd`` as ``cd
    target`` does (``said``: the command, for the reason)."""
    exp = expand(target, env)
    known = _known(exp) and not _GLOB & set(exp.value)  # `cd */`: the match decides
    if not known:
        unknown = sorted(exp.unknown)
        lost = f"`{said}` " + (
            "goes where the pattern matches" if _known(exp) else
            "goes where a command's output says" if not unknown else
            f"names {', '.join(unknown)}, which "
            f"{'has' if len(unknown) == 1 else 'have'} no value the Dockerfile gives")
    elif exp.value.startswith("/"):
        lost = None
    return (resolve_path(cwd, exp.value) if known else None), lost


def _assign(target: Dict[str, str], key: str, value: str, env: Dict[str, str]) -> None:
    """``key=value`` in the shell: a value the walk knows, or none at all (the name is
    dropped, so an expansion of it is incomplete) when it holds a command substitution
    (``runDeps="$(scanelf ... )"``: what it prints is only known in the builder) or a
    variable that has no known value."""
    exp = expand(value, env)
    if _known(exp):
        target[key] = exp.value
    else:
        target.pop(key, None)


#: pattern characters: a path with one is whatever matches it
_GLOB = frozenset("*?[")


def _known(exp) -> bool:
    """Whether an expansion is the word's value in the shell: every variable known and
    no command substitution (``variables.expand`` reads Dockerfile words, where
    ``$(ls -d foo-*)`` is text; in a RUN it is what ``ls`` prints)."""
    return exp.complete and "$(" not in exp.value and "`" not in exp.value


def path_arg(word: str, step: Step) -> Optional[str]:
    """``word`` expanded and made absolute against the step's directory (None = unknown)."""
    exp = expand(word, step.env)
    if not _known(exp):
        return None
    return resolve_path(step.cwd, exp.value)


def expanded_argv(step: Step) -> Tuple[str, ...]:
    """``step``'s words with the variables its environment defines expanded (``apt-get
    install ros-$ROS_DISTRO-rviz`` under the ros image's ``ROS_DISTRO=kinetic``; ``apt-get
    install $buildDeps`` after ``buildDeps='gcc make'`` in the same RUN): the package the
    build installs, which the runner installs by that name.  A word naming a variable the
    environment lacks stays as it is (and declines as a variable).  Field splitting is
    the package readers' (``packages.read_install`` splits a word at white space)."""
    out = []
    for word in step.argv:
        if "$" in word:
            done = expand(word, step.env, unquote=False)
            word = done.value if _known(done) else word
        out.append(word)
    return tuple(out)


def kept_installs(facts: StageFacts) -> Tuple[Tuple[str, ...], Tuple[str, ...]]:
    """(kept, removed): ``packages.kept_installs`` over the stage's commands as the
    shell runs them, each word with the walk's variables expanded (``expanded_argv``:
    ``for p in curl git; do apt-get install $p``, ``apt-get install $PKGS`` after ``ENV
    PKGS``).  Read as written, such a package was the word ``$p``, which every reader
    skipped: a runner without the curl the original keeps.  A word whose value is not
    known stays as written on its install and its removal alike (``apt-get purge
    $buildDeps`` still removes what ``apt-get install $buildDeps`` added)."""
    return per_stage(facts, "kept", _kept)[0]


def _kept(facts: StageFacts):
    return [packages.kept_installs([expanded_argv(s) for s in steps(facts)])]


def removals(facts: StageFacts, start: int, end: Optional[int] = None,
             sure: bool = False) -> List[Tuple[int, str]]:
    """(RUN index, absolute path) for each path the ``rm`` commands of the RUNs at
    indices ``start`` to ``end`` (excluded; None: the stage's end) remove, as written
    (``rm scapy.tar.gz`` after ``cd /opt``: /opt/scapy.tar.gz); a word not known is left
    out.  ``sure``: only an ``rm`` that runs as read (not in a construct the walk cannot
    follow) of a word without glob or ``~`` whose variables have known values (``rm -rf
    $GOPATH`` under ``ENV GOPATH /go-workspace``) that split into no more words."""
    out = []
    for st in steps(facts):
        if st.index < start or (end is not None and st.index >= end) or not st.argv or \
                program_name(st.argv[0]) != "rm" or (sure and st.own_problem):
            continue
        for word in st.argv[1:]:
            if word.startswith("-") or (sure and any(c in word for c in "*?[~")):
                continue
            got = path_arg(word, st)
            if sure and "$" in word and (got is None or any(c in got for c in "*?[~") or
                                         len(got.split()) != 1):
                continue
            if got and got.rstrip("/"):
                out.append((st.index, got.rstrip("/")))
    return out


def removed_paths(facts: StageFacts, start: int, end: Optional[int] = None) -> List[str]:
    """The absolute paths the RUNs at indices ``start`` to ``end`` remove (``removals``).
    What a RUN removes is not in the builder at its end, so no ``COPY --from=builder``
    may name it: that COPY would fail the build, and the original's image does not have
    the file either."""
    return [path for _, path in removals(facts, start, end)]


def upgrade_of(facts: StageFacts, distro) -> str:
    """The verb of the stage's upgrade of everything with ``distro``'s package manager
    (``packages.upgrade_verb``; "" for none), which a runner installing with that manager
    replays: the original's final image has the upgraded packages."""
    from ...knowledge.packages import upgrade_verb
    return upgrade_verb((expanded_argv(s) for s in steps(facts)),
                        distro.record.packages.name)
