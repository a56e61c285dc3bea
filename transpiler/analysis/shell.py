"""Reading RUN/CMD shell text as the simple commands it runs.

A recipe needs to know which programs a RUN line starts, in which directory and with
which environment prefixes.  The text is parsed by tree-sitter's bash grammar (a real
parser, in C), imported only here and only on first use, so ``--fmt`` never loads it.
The tree is then reduced to a flat list of :class:`SimpleCommand` in the order they
run, because every consumer walks the commands that way (``cd`` and ``export`` apply
to the commands after them).

What the flat list cannot say truthfully is flagged ``complex`` with a ``problem`` that
names the construct and its line:column in the shell text, so callers decline instead
of guessing: bodies of ``if``/``for``/``while``/``case`` (their commands carry
``conditional=True``, but a flat walker would treat them as certain), function bodies,
command substitutions that run more than a read-only helper, a subshell whose ``cd`` or
variables a flat walker would carry past its ``)``, and text that does not parse.

A guard (``if [ ! -f go.mod ]; then echo missing >&2; exit 1; fi``) lists no command: a
RUN that exits non-zero fails the build, so in a build that succeeded it changed
nothing.  It stays a confined problem (``guards``): the commands after it are certain
for a reader of one command, while a reader that would run the whole text elsewhere (a
runner, against other files) still meets it.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import shlex
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

from . import shell_repair

SEPARATORS = {"&&", "||", ";", "|", "&", "\n", ";;", "|&"}

#: programs whose output a command substitution may use without the transpiler losing
#: track of files: they read, they do not build, move or delete anything
READ_ONLY = frozenset({
    "nproc", "getconf", "uname", "arch", "date", "id", "whoami", "pwd", "dirname",
    "basename", "realpath", "readlink", "cat", "head", "tail", "cut", "tr", "sed", "awk",
    "grep", "egrep", "sort", "uniq", "wc", "echo", "printf", "ls", "find", "which", "command",
    "type", "lsb_release", "jq", "curl", "wget", "expr", "seq", "test", "[", "sha256sum",
    "md5sum", "dpkg-architecture", "mktemp", "scanelf", "ldd", "stat", "du", "dpkg-query",
    "[[",
})
#: builtins whose change of the shell's state (directory, variables, options) ends with
#: the command substitution that runs them: ``$(...)`` runs in a subshell (POSIX 2.6.3),
#: so ``$(cd plugin; pwd)`` changes nothing outside (``source``/``eval`` run other text
#: and are not here)
_SUBSHELL_STATE = frozenset({"cd", "pushd", "popd", "export", "unset", "set", "umask",
                             "shopt", "alias", "declare", "typeset", "readonly", "local"})
#: query operations of package managers that take their operation as the first option
#: letters (``pacman -Qdtq``, ``rpm -qa``): they read the package database only
_QUERY_OPTIONS = {"pacman": ("-Q", "--query"), "rpm": ("-q", "--query")}
#: options of ``xargs`` that take a value (the command starts after them)
_XARGS_VALUED = frozenset({"-a", "-d", "-E", "-e", "-I", "-i", "-L", "-l", "-n", "-P", "-s",
                           "--arg-file", "--delimiter", "--max-args", "--max-procs",
                           "--max-lines", "--max-chars", "--replace", "--eof"})
#: toolchains that only read when their first argument is one of these
READ_ONLY_WITH = {
    "go": {"env", "list", "version"}, "git": {"describe", "rev-parse", "log", "show", "tag",
                                              "rev-list", "config", "ls-files", "symbolic-ref"},
    "dpkg": {"--print-architecture", "-S", "--search", "-L", "--listfiles", "-l", "--list",
             "-s", "--status"},
    "apk": {"info"}, "npm": {"bin", "root", "view", "--version", "-v"},
    "gcc": {"-dumpmachine", "-dumpversion", "-print-multiarch"}, "cc": {"-dumpmachine"},
    "rustc": {"--print", "-vV", "--version"}, "node": {"--version", "-v", "-p"},
}


_MAY_RUN = ": the commands in it only may run"
#: a variable a construct's test reads (``$X``, ``${X}``, ``${X:-d}``)
_TEST_VARIABLE = re.compile(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)")
#: statement types whose commands only may run (zero, one or many times)
CONDITIONAL = {"if_statement": "`if`", "while_statement": "`while` loop",
               "for_statement": "`for` loop", "c_style_for_statement": "`for` loop",
               "case_statement": "`case`"}
REDIRECTS = {"file_redirect", "heredoc_redirect", "herestring_redirect", "heredoc_body"}
SUBSTITUTIONS = ("command_substitution", "process_substitution")
#: commands whose effect lasts for the rest of the shell (a flat walker follows them)
STATEFUL = {"cd", "pushd", "popd", "export", "unset", "set", "source", ".", "umask",
            "shopt", "alias", "declare", "typeset", "readonly", "local"}


@dataclass(frozen=True)
class SimpleCommand:
    """``argv`` after removing ``VAR=value`` prefixes (kept in ``assignments``).

    ``conditional``: inside an ``if``/loop/``case`` body, so it only may run.
    ``subshell``: how many ``( )`` enclose it; its ``cd``/``export`` end at the ``)``.
    ``line``/``column``: where it starts in the shell text (1-based; 0 = not from text).
    ``scopes``: the enclosing subshells, outermost first, each by a number unique in the
    text (two sibling subshells at the same depth differ here, not in ``subshell``)."""

    argv: Tuple[str, ...]
    assignments: Tuple[Tuple[str, str], ...]
    separator_before: Optional[str]
    conditional: bool = False
    subshell: int = 0
    line: int = 0
    column: int = 0
    scopes: Tuple[int, ...] = ()
    #: files its output redirections write (``> f``, ``>> f``, ``&> f``), as written
    redirects: Tuple[str, ...] = ()
    #: the outermost ``if``/loop/``case`` whose body holds it, as a problem ("`if` at
    #: 1:5: the commands in it only may run"); None outside every construct (an ``if``
    #: test runs, so it has none)
    construct: Optional[str] = None


@dataclass(frozen=True)
class ShellScript:
    """``problem``: the first construct a flat walker cannot follow.  ``scoped_problem``:
    the first one a walker that ends each subshell's ``cd``/``export`` at its ``)`` (by
    ``scopes``) cannot follow either; None when the subshells were the only obstacle."""

    commands: Tuple[SimpleCommand, ...]
    complex: bool
    problem: Optional[str] = None
    scoped_problem: Optional[str] = None
    #: the first problem a scoped walker has with a command outside the ``if``/loop/
    #: ``case`` bodies: None when those bodies are the only obstacle and each is
    #: *confined* (nothing in it changes the shell's state or flow for the commands
    #: after it: no ``cd``/``export``/assignment/``exit``, no loop variable read later),
    #: so only the commands with a ``construct`` may or may not have run
    outside_problem: Optional[str] = None
    #: the guards left out of ``commands`` (``if [ ! -f x ]; then echo ...; exit 1; fi``,
    #: "`if` at 1:5"): a consumer that runs the text itself elsewhere (a runner's RUN)
    #: would run their tests against other files, so it writes the commands again instead
    guards: Tuple[str, ...] = ()
    #: whether the guards are the only obstacle (every command of the text runs as
    #: listed in a build that succeeded)
    only_guards: bool = False
    #: whether the text does not parse as shell (a problem "cannot read shell text");
    #: a reader that joins two texts needs to know each is whole
    syntax_error: bool = False


@functools.lru_cache(maxsize=1)
def _parser():
    from tree_sitter import Language, Parser
    import tree_sitter_bash

    return Parser(Language(tree_sitter_bash.language()))


@functools.lru_cache(maxsize=1)
def _substitution_query():
    from tree_sitter import Query, QueryCursor

    query = Query(_parser().language, "[(command_substitution) (process_substitution)] @s")
    return QueryCursor(query)


def _parse(source: bytes):
    """``(source, tree)``, the source repaired where it is one of the idioms every
    shell reads and the grammar does not (``shell_repair``)."""
    return shell_repair.parse(_parser(), source)


def _source(text: str) -> bytes:
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass")


def parses(text: str) -> bool:
    """Whether ``text`` parses as shell, without reading its commands (the parse alone
    is a fifth of ``split_commands``)."""
    return not _parse(_source(text))[1].root_node.has_error


def unreadable(text: str) -> Optional[str]:
    """"cannot read shell text at L:C" where the text stops parsing (after the repairs
    of ``shell_repair``), or None when it parses."""
    return _unreadable_at(_parse(_source(text))[1])


def _unreadable_at(tree) -> Optional[str]:
    """``unreadable`` of a parse already made."""
    if not tree.root_node.has_error:
        return None
    return f"cannot read shell text at {_where(_first_error(tree.root_node))}"


@functools.lru_cache(maxsize=512)
def split_commands(text: str) -> ShellScript:
    # cached: pure, the result is immutable, and every recipe asks again for every RUN
    source, tree = _parse(_source(text))
    reader = _Reader(source)
    reader.statements(tree.root_node, False, 0)
    problems = list(reader.problems)
    if tree.root_node.has_error:
        problems.insert(0, _unreadable_at(tree))
    if b"$(" in source or b"`" in source or b"<(" in source or b">(" in source:
        problems.extend(_substitution_problems(tree.root_node, source))
    scoped = min(problems, key=_position) if problems else None
    outside = [p for p in problems if p not in reader.confined]
    outside_first = min(outside, key=_position) if outside else None
    problems.extend(_leaks(reader.commands))
    commands = tuple(c for c in reader.commands if c.argv or c.assignments)
    guards = tuple(reader.guards)
    if problems:
        first = min(problems, key=_position)
        only = all(p in reader.guard_problems for p in problems)
        return ShellScript(commands, True, first, scoped, outside_first, guards, only,
                           tree.root_node.has_error)
    return ShellScript(commands, False, None, guards=guards)


def _position(problem: str) -> Tuple[int, int]:
    # problems end in "at L:C ..." -> report the first construct in the text
    try:
        where = problem.split(" at ", 1)[1].split()[0].rstrip(":,")
        line, col = where.split(":")
        return int(line), int(col)
    except (IndexError, ValueError):
        return (0, 0)


def _where(node) -> str:
    row, col = node.start_point
    return f"{row + 1}:{col + 1}"


def _first_error(node):
    for child in node.children:
        if child.type == "ERROR" or child.is_missing:
            return child
        if child.has_error:
            return _first_error(child)
    return node


class _Reader:
    """Flattens statements into SimpleCommands in run order; an operator token sets
    the ``separator_before`` of the next command, as in the text."""

    def __init__(self, source: bytes):
        self.source = source
        #: the text itself when it is ASCII (then a byte offset is a character's, and
        #: a slice needs no decoding)
        self.plain = source.decode("ascii") if source.isascii() else None
        self.commands: List[SimpleCommand] = []
        self.problems: List[str] = []
        self.sep: Optional[str] = None
        self.scopes: List[int] = []
        self.opened = 0
        #: the problems of outermost constructs whose effect stays inside their bodies
        self.confined: List[str] = []
        self.guards: List[str] = []
        self.guard_problems: List[str] = []

    def text(self, node) -> str:
        if self.plain is not None:
            return self.plain[node.start_byte:node.end_byte]
        return self.source[node.start_byte:node.end_byte].decode("utf-8", "surrogateescape")

    def statements(self, node, conditional: bool, depth: int) -> None:
        """Every child statement of ``node`` in order (program, group, body)."""
        for child in node.children:
            self.statement(child, conditional, depth)

    def statement(self, node, conditional: bool, depth: int) -> None:
        kind = node.type
        if not node.is_named:
            if kind in SEPARATORS:
                self.sep = kind
            return
        if kind == "comment":
            return
        if kind in ("list", "pipeline", "negated_command"):
            self.statements(node, conditional, depth)
        elif kind == "redirected_statement":
            before = len(self.commands)
            extra: List = []
            targets: List[str] = []
            for child in node.children:
                if child.type in REDIRECTS:
                    extra.extend(_after_target(child))
                    target = self.output_target(child)
                    if target is not None:
                        targets.append(target)
                elif child.is_named:
                    self.statement(child, conditional, depth)
            if targets and len(self.commands) > before:
                # the redirections of `a && b > f` belong to the last command
                last = self.commands[-1]
                self.commands[-1] = dataclasses.replace(
                    last, redirects=last.redirects + tuple(targets))
            if extra and len(self.commands) > before:
                # `echo >>f 'x' y`: the grammar hangs the words after a redirect's target
                # on the redirect; the shell gives them to the command before it
                last = self.commands[-1]
                self.commands[-1] = dataclasses.replace(
                    last, argv=last.argv + tuple(self.words(extra)))
        elif kind == "subshell":
            self.opened += 1
            self.scopes.append(self.opened)
            self.statements(node, conditional, depth + 1)
            self.scopes.pop()
        elif kind in ("compound_statement", "do_group"):
            self.statements(node, conditional, depth)
        elif kind == "command":
            self.emit(self.words(node.named_children), node,
                      conditional, depth)
        elif kind in ("declaration_command", "unset_command"):
            self.emit(self.words(node.children), node, conditional, depth)
        elif kind in ("variable_assignment", "variable_assignments"):
            parts = [node] if kind == "variable_assignment" else \
                [c for c in node.children if c.type == "variable_assignment"]
            self.emit([self.word(c) for c in parts], node, conditional, depth)
        elif kind == "test_command":
            self.emit(_shlex_words(self.text(node)), node, conditional, depth)
        elif kind == "for_statement" and self.literal_loop(node, conditional, depth):
            pass
        elif kind == "if_statement" and not conditional and not self.scopes and \
                _is_guard(node, self.source):
            # a test only, and a body that only ends the shell with a failure (`exit 1`):
            # in a build that succeeded it changed nothing, and the commands after it run
            # as written.  Still a problem (confined) for a reader of the RUN's whole
            # text: run elsewhere (a runner), its test would check other files
            guard = f"`if` at {_where(node)}"
            self.guards.append(guard)
            problem = f"{guard}, a check that fails the build{_MAY_RUN}"
            self.problems.append(problem)
            self.confined.append(problem)
            self.guard_problems.append(problem)
        elif kind in CONDITIONAL:
            self.control(node, conditional, depth)
        elif kind == "function_definition":
            self.problems.append(f"function definition at {_where(node)}: its body runs "
                                 "wherever the function is called")
            body = node.child_by_field_name("body")
            if body is not None:
                self.statement(body, True, depth)
        elif kind == "ERROR":
            self.statements(node, conditional, depth)
        else:
            self.problems.append(f"shell construct `{kind}` at {_where(node)}")

    def output_target(self, redirect) -> Optional[str]:
        """The file an output redirection writes (None: input, or a descriptor copy
        such as ``2>&1``)."""
        if redirect.type != "file_redirect":
            return None
        operator = next((c.type for c in redirect.children if not c.is_named), "")
        if operator not in (">", ">>", "&>", "&>>", ">|", ">&"):
            return None
        named = [c for c in redirect.children if c.is_named and c.type != "file_descriptor"]
        if not named:
            return None
        target = self.word(named[0])
        if operator == ">&" and (target.isdigit() or target == "-"):
            return None
        return target

    def literal_loop(self, node, conditional: bool, depth: int) -> bool:
        """``for x in a "b c"; do ...; done`` over words with no expansion or pattern
        runs its body once per word, in order, with ``x`` set: read as that unrolled
        sequence (``x=a; body; x='b c'; body``).  False (not read) for anything else:
        an expansion, a glob, ``break``/``continue``, no ``in`` list."""
        variable = node.child_by_field_name("variable")
        values = [node.children[i] for i in range(node.child_count)
                  if node.field_name_for_child(i) == "value"]
        body = node.child_by_field_name("body")
        if variable is None or body is None or not values:
            return False
        words = []
        for value in values:
            if value.type not in ("word", "raw_string", "string") or \
                    any(c.type not in ('"', "string_content") for c in value.children):
                return False
            text = self.text(value)
            if value.type == "word" and any(ch in text for ch in "*?[{~$`\\"):
                return False
            words.append(self.word(value))
        if _has_loop_exit(body, self.source):
            return False
        name = self.text(variable)
        for word in words:
            row, col = node.start_point
            self.commands.append(SimpleCommand((), ((name, word),), self.sep, conditional,
                                               depth, row + 1, col + 1, tuple(self.scopes)))
            self.sep = ";"
            self.statements(body, conditional, depth)
            self.sep = ";"
        return True

    def control(self, node, conditional: bool, depth: int) -> None:
        """The head of a construct runs (the ``if`` test, the ``while`` test once);
        its bodies only may.  The commands of an outermost construct's bodies are
        marked with it (``construct``), and it is noted as confined when nothing in it
        reaches past its end (``_confined``)."""
        problem = f"{CONDITIONAL[node.type]} at {_where(node)}{self.test_reads(node)}{_MAY_RUN}"
        self.problems.append(problem)
        before, problems_before = len(self.commands), len(self.problems)
        self.control_parts(node, conditional, depth)
        if conditional:
            return  # the outermost construct marks its commands
        inside = self.commands[before:]
        self.commands[before:] = [dataclasses.replace(c, construct=problem)
                                  if c.conditional else c for c in inside]
        nested = self.problems[problems_before:]
        if all(p.endswith(_MAY_RUN) for p in nested) and \
                _confined(node, inside, self.source):
            self.confined.extend([problem] + nested)

    def test_reads(self, node) -> str:
        """", whose test reads $A and $B": the variables that decide which body of an
        ``if``/``while``/``case`` runs (its test, or the word a ``case`` matches), named
        in the problem so a reader (and ``run_walk``) can say where their value comes
        from; "" when the test reads none (a file test, a command's status)."""
        if node.type == "case_statement":
            value = node.child_by_field_name("value")
            parts = [value] if value is not None else []
        elif node.type in ("if_statement", "while_statement"):
            parts = []
            for clause in [node] + [c for c in node.children if c.type == "elif_clause"]:
                for child in clause.children:
                    if child.type in ("then", "do"):
                        break
                    if child.is_named:
                        parts.append(child)
        else:
            return ""
        names: List[str] = []
        for part in parts:
            for name in _TEST_VARIABLE.findall(self.text(part)):
                if name not in names:
                    names.append(name)
        if not names:
            return ""
        return ", whose test reads " + " and ".join(f"${n}" for n in names)

    def control_parts(self, node, conditional: bool, depth: int) -> None:
        kind = node.type
        head = kind in ("if_statement", "while_statement")
        for child in node.children:
            if not child.is_named:
                if child.type in ("then", "do", "else", "in"):
                    head = False
                elif child.type in SEPARATORS:
                    self.sep = child.type
                continue
            if child.type in ("elif_clause", "else_clause"):
                self.statements(child, True, depth)
            elif child.type == "case_item":
                # the patterns before `)` are words, not commands
                body = False
                for part in child.children:
                    if body:
                        self.statement(part, True, depth)
                    body = body or part.type == ")"
            elif child.type == "do_group" or child.type == "compound_statement":
                self.statements(child, True, depth)
            elif kind in ("if_statement", "while_statement") and child.type != "comment":
                self.statement(child, conditional or not head, depth)

    def emit(self, words: List[str], node, conditional: bool, depth: int) -> None:
        assignments = []
        i = 0
        while i < len(words) and _is_assignment(words[i]):
            name, _, value = words[i].partition("=")
            assignments.append((name, value))
            i += 1
        row, col = node.start_point
        self.commands.append(SimpleCommand(tuple(words[i:]), tuple(assignments), self.sep,
                                           conditional, depth, row + 1, col + 1,
                                           tuple(self.scopes)))
        self.sep = None

    def word(self, node) -> str:
        return _unquote(self.text(node))

    def words(self, nodes) -> List[str]:
        """The words of a command.  Nodes that touch are one word: the grammar splits
        ``a/$V/b-$V.tgz`` after a ``$`` it does not expect, but a shell word only ends
        at blank space, so the source span decides."""
        spans: List[List[int]] = []
        for node in nodes:
            kind = node.type
            if kind == "comment":
                continue
            for part in _after_target(node) if kind in REDIRECTS else (node,):
                start, end = part.byte_range
                if spans and spans[-1][1] == start:
                    spans[-1][1] = end
                else:
                    spans.append([start, end])
        if self.plain is not None:
            plain = self.plain
            return [_unquote(plain[a:b]) for a, b in spans]
        return [_unquote(self.source[a:b].decode("utf-8", "surrogateescape")) for a, b in spans]


#: commands that change the shell's state or its flow past the construct holding them
#: (besides ``STATEFUL``): a construct with one is not confined
_REACHING = frozenset({"exit", "return", "exec", "eval", "read", "shift", "getopts", "trap",
                       "break", "continue", "ulimit", "hash", "enable", "builtin", "wait",
                       "mapfile", "readarray", "let"})


def _confined(node, commands: List[SimpleCommand], source: bytes) -> bool:
    """Whether an outermost ``if``/loop/``case`` reaches no command after it: none of its
    commands (tests included) changes the shell's state or flow (``cd``, ``export``, an
    assignment, ``exit``, ``read``, ``break``, ...: ``STATEFUL`` and ``_REACHING``), and
    no ``for`` variable in it is read after its end.  Then the commands after it run
    the same whichever branch ran, however often; only its own commands are unknown."""
    for cmd in commands:
        argv = unwrap(cmd).argv
        if not argv:
            return False  # a bare assignment
        name = program_name(argv[0])
        if name == "command" and len(argv) > 1:  # `command cd x` is the builtin cd
            name = program_name(argv[1])
        if name in STATEFUL or name in _REACHING:
            return False
    rest = source[node.end_byte:]
    for loop in _descendants(node, ("for_statement", "c_style_for_statement")):
        variable = loop.child_by_field_name("variable")
        if loop.type == "c_style_for_statement" or variable is None:
            return False
        name = source[variable.start_byte:variable.end_byte]
        if re.search(rb"\$\{?" + re.escape(name) + rb"(?![A-Za-z0-9_])", rest):
            return False
    return True


#: the commands a guard's body may run before its ``exit`` (messages only)
_MESSAGES = frozenset({"echo", "printf", ":"})
#: what may hold an ``if`` whose ``exit`` ends the RUN's own shell (not a subshell, a
#: pipeline's member or a function)
_SAME_SHELL = frozenset({"program", "list", "compound_statement", "redirected_statement"})


def _is_guard(node, source: bytes) -> bool:
    """Whether an ``if`` is a check that fails the build: no ``elif``/``else``, its body
    messages (``echo``/``printf``) joined by ``;``/``&&``/newlines and then ``exit N``
    with a literal N that is not 0 (mod 256), in the RUN's own shell.  The shell's exit
    status is the RUN's, and a RUN that exits non-zero fails the build (the Dockerfile
    reference, RUN), so in every build that succeeded the body did not run, however
    its test came out."""
    after = node.next_sibling
    if after is not None and after.type in ("||", "|", "|&"):
        return False  # (`guard || b`: b runs only when the guard's body did)
    parent = node.parent
    while parent is not None:
        if parent.type not in _SAME_SHELL:
            return False
        parent = parent.parent
    after_then, body, tests = False, [], []
    for child in node.children:
        if child.type in ("elif_clause", "else_clause"):
            return False
        if child.type == "then":
            after_then = True
        elif after_then and child.is_named and child.type != "comment":
            body.append(child)
        elif not after_then and child.is_named and child.type != "comment":
            tests.append(child)
    if not tests or not all(_pure_test(t, source) for t in tests):
        return False
    leaves: List = []

    def flatten(part) -> bool:
        if part.type == "list":
            operators = [c.type for c in part.children if not c.is_named]
            if any(op not in ("&&", ";", "\n") for op in operators):
                return False
            return all(flatten(c) for c in part.children if c.is_named and
                       c.type != "comment")
        if part.type == "redirected_statement":
            inner = [c for c in part.children if c.is_named and c.type not in REDIRECTS]
            return len(inner) == 1 and flatten(inner[0])
        if part.type != "command":
            return False
        leaves.append(part)
        return True

    if not body or not all(flatten(part) for part in body):
        return False
    names = []
    for leaf in leaves:
        name = leaf.child_by_field_name("name")
        names.append(source[name.start_byte:name.end_byte].decode("utf-8", "replace")
                     if name is not None else "")
    if any(n not in _MESSAGES for n in names[:-1]) or names[-1] != "exit":
        return False
    args = [c for c in leaves[-1].children if c.is_named and c.type != "command_name"]
    if len(args) != 1:
        return False
    status = source[args[0].start_byte:args[0].end_byte].decode("utf-8", "replace")
    return status.isdigit() and int(status) % 256 != 0


def _pure_test(node, source: bytes) -> bool:
    """Whether an ``if``'s test only tests (``[ ... ]``, ``[[ ... ]]``, ``test``, negated
    or joined by ``&&``/``||``), with no substitution: it runs no program and changes
    nothing, so leaving it out changes no command after it."""
    text = source[node.start_byte:node.end_byte]
    if b"$(" in text or b"`" in text or b"<(" in text:
        return False
    if node.type == "test_command":
        return True
    if node.type in ("negated_command", "list"):
        operators = [c.type for c in node.children if not c.is_named]
        return all(op in ("!", "&&", "||") for op in operators) and all(
            _pure_test(c, source) for c in node.children if c.is_named)
    if node.type == "command":
        name = node.child_by_field_name("name")
        return name is not None and source[name.start_byte:name.end_byte] in (b"[", b"test")
    return False


def _descendants(node, kinds):
    if node.type in kinds:
        yield node
    for child in node.children:
        yield from _descendants(child, kinds)


def _has_loop_exit(node, source: bytes) -> bool:
    """Whether a loop body leaves early (``break``/``continue``) or ends the shell."""
    for child in node.children:
        if child.type == "command":
            name = child.child_by_field_name("name")
            if name is not None and source[name.start_byte:name.end_byte] in (
                    b"break", b"continue", b"exit", b"return"):
                return True
        if _has_loop_exit(child, source):
            return True
    return False


def _after_target(redirect) -> list:
    """The words the grammar attached to a redirect after its target (see above)."""
    if redirect.type != "file_redirect":
        return []
    named = [c for c in redirect.children if c.is_named and c.type != "file_descriptor"]
    return named[1:]


def _substitution_problems(root, source: bytes) -> List[str]:
    """A command substitution runs its commands for their output: fine when they only
    read (``$(nproc)``, ``$(git rev-parse HEAD)``), a construct whose effect on files the
    flat list does not show otherwise (a build inside ``$(...)``)."""
    problems = []
    for node in _substitution_query().captures(root).get("s", ()):
        inner = _Reader(source)
        inner.statements(node, False, 0)
        for cmd in inner.commands:
            cmd = unwrap(cmd)
            if cmd.argv and program_name(cmd.argv[0]) in _SUBSHELL_STATE:
                continue
            if cmd.argv and not _read_only(cmd.argv):
                problems.append(f"command substitution at {_where(node)} runs "
                                f"`{program_name(cmd.argv[0])}`")
                break
        else:
            problems.extend(inner.problems)
    return problems


def xargs_command(argv: Sequence[str]) -> Tuple[str, ...]:
    """The command an ``xargs`` command line runs (its words after xargs's own options
    and their values: ``xargs -r -n1 apt-get install -y`` runs ``apt-get install -y``),
    empty when it names none."""
    rest = list(argv[1:])
    while rest and rest[0].startswith("-"):
        option = rest.pop(0)
        if option in _XARGS_VALUED and rest:
            rest.pop(0)
    return tuple(rest)


def _read_only(argv: Tuple[str, ...]) -> bool:
    name = program_name(argv[0])
    if name in READ_ONLY or name.endswith("-config"):  # pkg-config, gdal-config, llvm-config
        return True
    if name.isdigit():
        # `$(grep -c ^processor /proc/cpuinfo || 1)`: a number is no program, the
        # fallback fails without running anything
        return True
    if name == "xargs":
        # xargs runs its command with the words it reads: read-only when that is
        # (`xargs -r apk info --installed`)
        rest = xargs_command(argv)
        return bool(rest) and _read_only(rest)
    if name in _QUERY_OPTIONS and len(argv) > 1:
        return argv[1].startswith(_QUERY_OPTIONS[name])
    return len(argv) > 1 and argv[1] in READ_ONLY_WITH.get(name, ())


def _leaks(commands: List[SimpleCommand]) -> List[str]:
    """A ``cd``/``export``/assignment inside ``( )`` ends at the ``)``; a consumer that
    walks the flat list would carry it to the commands after, so that shape stays
    flagged (a subshell at the end of the text, or one that changes no state, is exact)."""
    for pos, cmd in enumerate(commands):
        if not cmd.subshell:
            continue
        stateful = (not cmd.argv and cmd.assignments) or \
            (cmd.argv and program_name(cmd.argv[0]) in STATEFUL)
        if stateful and any(later.subshell < cmd.subshell for later in commands[pos + 1:]):
            name = cmd.argv[0] if cmd.argv else "an assignment"
            return [f"subshell at {cmd.line}:{cmd.column}: `{name}` in it ends at its `)`, "
                    "and commands follow"]
    return []


def _unquote(word: str) -> str:
    """A word with its quotes removed as POSIX shlex does (``$VAR`` left for
    :func:`analysis.variables.expand`; inside double quotes a backslash is kept unless
    it escapes ``"`` or ``\\``), the form the consumers have always received."""
    if "'" not in word and '"' not in word and "\\" not in word:
        return word
    out = []
    i, n = 0, len(word)
    while i < n:
        c = word[i]
        if c == "\\":
            if i + 1 < n and word[i + 1] != "\n":
                out.append(word[i + 1])
            i += 2
        elif c == "'":
            end = word.find("'", i + 1)
            end = n if end < 0 else end
            out.append(word[i + 1:end])
            i = end + 1
        elif c == '"':
            i += 1
            while i < n and word[i] != '"':
                if word[i] == "\\" and i + 1 < n and word[i + 1] in '"\\':
                    i += 1
                out.append(word[i])
                i += 1
            i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _shlex_words(text: str) -> List[str]:
    try:
        return shlex.split(text, posix=True)
    except ValueError:
        return text.split()


def _is_assignment(word: str) -> bool:
    name, eq, _ = word.partition("=")
    return bool(eq) and bool(name) and name.replace("_", "a").isalnum() and not name[0].isdigit()


def option_value(args: Sequence[str], *names: str,
                 optional: bool = False) -> Tuple[bool, Optional[str]]:
    """(given, value) of the first of the options ``names`` in a command's words
    ``args``: ``--name value`` or ``-n value`` (None when it is the last word),
    ``--name=value``, or a short option's attached value (``-C/opt``, ``-i/opt/gems``).
    ``optional``: the option's value may be left out, so a following word that starts
    with ``-`` is the next option, not its value (bundler's ``--binstubs -j4``: None).
    The readers of one option of a tool (tar's ``-C``, pip's ``--target``, npm's
    ``--location``, bundler's ``--path``) ask it instead of walking the words each its
    own way."""
    for value in _option_occurrences(args, names, optional):
        return True, value
    return False, None


def option_values(args: Sequence[str], *names: str) -> List[str]:
    """The value of every occurrence of the options ``names`` (pip's ``-r a.txt -r
    b.txt``), read as ``option_value`` reads the first; one without a value (the last
    word) is left out."""
    return [v for v in _option_occurrences(args, names) if v is not None]


def _option_occurrences(args: Sequence[str], names: Sequence[str], optional: bool = False):
    """The value (None: none follows) of each occurrence of the options ``names``."""
    for i, arg in enumerate(args):
        for name in names:
            if arg == name:
                value = args[i + 1] if i + 1 < len(args) else None
                yield None if optional and value is not None and value.startswith("-") \
                    else value
            elif name.startswith("--"):
                if arg.startswith(name + "="):
                    yield arg[len(name) + 1:]
                else:
                    continue
            elif arg.startswith(name) and len(arg) > len(name):
                yield arg[len(name):]
            else:
                continue
            break


def program_name(word: str) -> str:
    """The name of the program a command word starts (``/bin/cp`` -> ``cp``): every
    check of "which program is this" goes through here, so a path never hides one."""
    return word.rsplit("/", 1)[-1]


#: the wrappers ``unwrap`` strips
WRAPPER_NAMES = frozenset({"exec", "time", "nohup", "sudo", "env"})
#: env's options that change nothing about the command it starts (the environment
#: aside): ``-i``/``-`` start from an empty one, ``-v`` prints what env does, the signal
#: options set dispositions (``--ignore-signal=PIPE``)
_ENV_FLAGS = frozenset({"-i", "-", "--ignore-environment", "-v", "--debug"})
_ENV_SIGNALS = ("--block-signal", "--default-signal", "--ignore-signal")


def env_operands(args: Sequence[str]) -> Tuple[Optional[List[str]], List[Tuple[str, str]],
                                                 Optional[str]]:
    """(command, assignments, problem) of env's words after its name, as GNU and
    BusyBox env read them: its options (``-i``, ``-``, ``-u NAME``/``-uNAME``/
    ``--unset=NAME``, ``-v``, the signal options, short ones joined: ``-iu PATH``) and
    ``NAME=value`` assignments are skipped, ``--`` ends the options; the command is what
    is left (None when nothing is: env then prints the environment).  An option that
    changes what runs or where (``-S``/``--split-string`` splits a string into the
    command, ``-C``/``--chdir`` enters a directory first, ``-0`` with a command is an
    error) or one not known here is the problem: the command is not followed."""
    rest = list(args)
    assignments: List[Tuple[str, str]] = []
    while rest:
        word = rest[0]
        if word == "--":
            rest = rest[1:]
            break
        if word in _ENV_FLAGS or word.startswith(_ENV_SIGNALS):
            rest = rest[1:]
        elif word in ("-u", "--unset"):
            rest = rest[2:]
        elif word.startswith("--unset="):
            rest = rest[1:]
        elif len(word) > 1 and word[0] == "-" and not word.startswith("--") and \
                set(word[1:word.find("u") if "u" in word else len(word)]) <= {"i", "v"}:
            # (a group of flags, ``u`` last with its name joined or the next word)
            rest = rest[2:] if word.endswith("u") else rest[1:]
        elif word.startswith("-"):
            return None, assignments, (f"`env {word}` changes what runs or where (or is "
                                       "an option not known here)")
        else:
            break
    while rest and _is_assignment(rest[0]):
        name, _, value = rest.pop(0).partition("=")
        assignments.append((name, value))
    return (rest or None), assignments, None


#: sudo's options that change nothing about the command it starts but its user,
#: group, environment and prompt: those taking a value (``-u USER``, ``--user=USER``)
#: and flags; the others (``-i``/``-s`` start a shell, ``-D`` a directory, ``-b`` runs
#: it in the background, ``-l``/``-v``/``-e`` start no command) are not followed
_SUDO_VALUED = frozenset({"-u", "--user", "-g", "--group", "-p", "--prompt", "-r", "--role",
                          "-t", "--type", "-T", "--command-timeout", "-C", "--close-from",
                          "-h", "--host"})
_SUDO_FLAGS = frozenset({"-E", "--preserve-env", "-H", "--set-home", "-n", "--non-interactive",
                         "-P", "--preserve-groups", "-S", "--stdin", "-A", "--askpass", "-B",
                         "--bell", "-k", "--reset-timestamp"})
#: GNU time's options (``-p`` alone is bash's ``time`` keyword's too)
_TIME_VALUED = frozenset({"-f", "--format", "-o", "--output"})
_TIME_FLAGS = frozenset({"-p", "--portability", "-v", "--verbose", "-a", "--append", "-q",
                         "--quiet"})
_OPTIONS = {"sudo": (_SUDO_VALUED, _SUDO_FLAGS), "time": (_TIME_VALUED, _TIME_FLAGS)}


def sudo_user(argv: Sequence[str]) -> Optional[str]:
    """The user a command that ``sudo`` starts runs as (``sudo -Hu iris mkdir -p x``:
    iris; ``sudo make install``: root), or None when ``argv`` does not start with sudo.
    ``unwrap`` takes sudo away to read the command it starts, so a reader of what the
    command does to files (their owner: a directory ``mkdir`` makes is iris's) asks
    here."""
    if not argv or program_name(argv[0]) != "sudo":
        return None
    user, rest = "root", list(argv[1:])
    while rest and rest[0].startswith("-") and rest[0] != "-":
        word = rest.pop(0)
        if word == "--":
            break
        named = _option_value(word, rest, "-u", "--user")
        if named is not None:
            user = named or user
        elif word in _SUDO_VALUED:
            rest = rest[1:]
        elif not word.startswith("--") and "u" in word[1:]:
            # (joined flags, the user last or joined: ``-Hu iris``, ``-uiris``)
            value = word[word.index("u", 1) + 1:]
            user = value or (rest.pop(0) if rest else user)
    return user


#: su's options that take a value
_SU_VALUED = frozenset({"-s", "--shell", "-g", "--group", "-G", "--supp-group",
                        "-w", "--whitelist-environment"})


def su_command(argv: Sequence[str]) -> Tuple[str, Optional[str]]:
    """(user, command string) of ``su [-] [options] [user] -c STRING``: the user it runs
    the string as (root when none is named) and the string, None when it runs none."""
    user, text, rest = "root", None, list(argv[1:])
    while rest:
        word = rest.pop(0)
        named = _option_value(word, rest, "-c", "--command")
        if named is not None:
            text = named or None
        elif word in _SU_VALUED:
            rest = rest[1:]
        elif not word.startswith("-"):
            user = word
    return user, text


def _option_value(word: str, rest: List[str], short: str, long: str) -> Optional[str]:
    """The value ``word`` gives as the option ``short``/``long`` (``-u app``, ``--user
    app``, ``--user=app``; the next word taken from ``rest``), "" when it lacks one,
    None when ``word`` is another."""
    if word in (short, long):
        return rest.pop(0) if rest else ""
    if word.startswith(long + "="):
        return word.split("=", 1)[1]
    return None


def wrapper_operands(name: str, args: Sequence[str]) -> Tuple[
        Optional[List[str]], List[Tuple[str, str]], Optional[str]]:
    """(command, assignments, problem) of the words after ``sudo`` or ``time``, as
    ``env_operands`` reads env's: their options (``_OPTIONS``: a valued one takes the
    next word or one joined, ``-unobody``, ``--user=nobody``; flags may be joined,
    ``-EH``) and sudo's ``NAME=value`` assignments skipped, ``--`` ending them.  An
    option not known here is the problem: the command is not followed."""
    valued, flags = _OPTIONS[name]
    rest = list(args)
    while rest and rest[0].startswith("-") and rest[0] != "-":
        word = rest.pop(0)
        if word == "--":
            break
        if word in valued:
            if not rest:
                return None, [], f"`{name} {word}` is given no value"
            rest.pop(0)
        elif word in flags or word.startswith("--") and word.split("=", 1)[0] in valued | flags:
            continue
        elif not word.startswith("--") and all(f"-{c}" in flags for c in word[1:-1]) and (
                f"-{word[-1]}" in flags or f"-{word[-1]}" in valued and rest and rest.pop(0)):
            continue  # (flags joined, the last one perhaps valued: ``-Eu nobody``)
        elif not word.startswith("--") and word[:2] in valued:
            continue  # (its value joined: ``-unobody``)
        else:
            return None, [], (f"`{name} {word}` changes what runs or where (or is an option "
                              "not known here)")
    assignments: List[Tuple[str, str]] = []
    while name == "sudo" and rest and _is_assignment(rest[0]):
        key, _, value = rest.pop(0).partition("=")
        assignments.append((key, value))
    return (rest or None), assignments, None


def unwrap_words(argv: Sequence[str]) -> Tuple[Tuple[str, ...], Tuple[Tuple[str, str], ...]]:
    """(words, assignments) of the command ``argv`` starts through ``exec``, ``time``,
    ``sudo``, ``nohup`` and ``env`` (``env -i -u X A=b prog``, ``exec env A=b prog``),
    the assignments ``env`` makes in order.  A wrapper that starts nothing (``env``
    alone prints the environment, ``exec`` alone only redirects) leaves no words, as an
    assignment alone does (``program_of`` then takes the wrapper for the program); one
    whose command is not followed (``env -S 'a b'``: ``env_operands``) is left in
    place."""
    words, assignments, _ = _unwrapped(argv)
    return words, assignments


def wrappers_of(argv: Sequence[str]) -> Tuple[str, ...]:
    """The wrappers ``unwrap_words`` strips from ``argv``, as written (``("exec",
    "/usr/bin/env")``): programs the image must have too (but ``exec``, the shell's)."""
    return _unwrapped(argv)[2]


def _unwrapped(argv: Sequence[str]):
    words = tuple(argv)
    assignments: List[Tuple[str, str]] = []
    wrappers: List[str] = []
    while words and program_name(words[0]) in WRAPPER_NAMES:
        if program_name(words[0]) in ("env", "sudo", "time"):
            command, made, problem = env_operands(words[1:]) \
                if program_name(words[0]) == "env" else \
                wrapper_operands(program_name(words[0]), words[1:])
            if problem is not None:
                break
            assignments.extend(made)
            wrappers.append(words[0])
            words = tuple(command or ())
        else:
            wrappers.append(words[0])
            words = words[1:]
    return words, tuple(assignments), tuple(wrappers)


def wrapper_problem(argv: Sequence[str]) -> Optional[str]:
    """Why the command a wrapper of ``argv`` starts is not followed (``env -S``), or
    None: nothing wraps it, or it is followed (``unwrap_words``)."""
    words, _ = unwrap_words(argv)
    name = program_name(words[0]) if words else ""
    if name == "env" and len(words) > 1:
        return env_operands(words[1:])[2]
    if name in _OPTIONS and len(words) > 1:
        return wrapper_operands(name, words[1:])[2]
    return None


def unwrap(cmd: SimpleCommand) -> SimpleCommand:
    """Strip ``env A=b``, ``exec``, ``time``, ``sudo`` and ``nohup`` wrappers
    (``unwrap_words``), env's assignments added to the command's."""
    if not cmd.argv or program_name(cmd.argv[0]) not in WRAPPER_NAMES:
        return cmd  # (most commands: nothing to strip; the record is frozen)
    argv, made = unwrap_words(cmd.argv)
    return SimpleCommand(argv, tuple(cmd.assignments) + made, cmd.separator_before,
                         cmd.conditional, cmd.subshell, cmd.line, cmd.column, cmd.scopes,
                         cmd.redirects, cmd.construct)


@dataclass(frozen=True)
class EveryCommand:
    """What a reader that checks each program finds in shell text (a CMD's ``while`` /
    ``if`` / ``$(hostname -i)``): ``commands`` holds every command that may run, those
    in ``if``/loop/``case`` bodies (``conditional``) and those of command substitutions
    (placed before the command whose words hold them, as they run), in run order;
    ``problem`` names what still cannot be followed (None: nothing)."""

    commands: Tuple[SimpleCommand, ...]
    problem: Optional[str]


@functools.lru_cache(maxsize=256)
def every_command(text: str) -> EveryCommand:
    """Shell text read for checking each program it may run (what a container's command
    needs from the runner), which a flat walker (``split_commands``) cannot follow when
    it has constructs or command substitutions that run programs.  Each program in each
    branch, loop body and substitution is listed, so a checker that accepts every one
    accepts the text whichever branch runs, however often.

    Still a problem: text that does not parse, a function, a subshell whose ``cd`` ends
    at its ``)``, an ``if``/loop/``case`` that is not confined (a ``cd``, ``export``,
    assignment, ``exit``/``return`` or loop variable in it reaches the commands after
    it, so their directory, PATH or running is not known), and a command substitution
    that changes the shell's state (its ``cd`` would be taken for the outer shell's)."""
    script = split_commands(text)
    if not script.complex:
        return EveryCommand(script.commands, None)
    source, tree = _parse(text.encode("utf-8", "surrogateescape"))
    if tree.root_node.has_error:
        return EveryCommand((), _unreadable_at(tree))
    reader = _Reader(source)
    reader.statements(tree.root_node, False, 0)
    problems = [p for p in reader.problems if p not in reader.confined]
    problems.extend(_leaks(reader.commands))
    commands = [c for c in reader.commands if c.argv or c.assignments]
    before: dict = {}  # index of the host command -> the substitutions' commands
    if b"$(" in source or b"`" in source or b"<(" in source or b">(" in source:
        for node in _substitution_query().captures(tree.root_node).get("s", ()):
            inner = _Reader(source)
            inner.statements(node, False, 0)
            problems.extend(p for p in inner.problems if p not in inner.confined)
            start = (node.start_point[0] + 1, node.start_point[1] + 1)
            host = max((i for i, c in enumerate(commands) if (c.line, c.column) <= start),
                       default=0)
            conditional = bool(commands) and commands[host].conditional
            for cmd in inner.commands:
                argv = unwrap(cmd).argv
                name = program_name(argv[0]) if argv else ""
                if not argv and cmd.assignments or name in STATEFUL or name in _REACHING:
                    problems.append(f"command substitution at {_where(node)} runs "
                                    f"`{name or 'an assignment'}`, whose effect ends with "
                                    "it (not followed)")
                elif argv:
                    before.setdefault(host, []).append(dataclasses.replace(
                        cmd, conditional=cmd.conditional or conditional,
                        construct=cmd.construct or (commands[host].construct
                                                    if commands else None)))
    if problems:
        return EveryCommand((), min(problems, key=_position))
    out: List[SimpleCommand] = []
    for i, cmd in enumerate(commands):
        out.extend(before.get(i, ()))
        out.append(cmd)
    if not commands:
        out.extend(before.get(0, ()))
    return EveryCommand(tuple(out), None)
