"""Whether a command starts an interpreter's prompt: the interpreter given no program
(``CMD ["python3"]``, ``CMD ["/usr/bin/ruby"]``, ``ENTRYPOINT ["node"]`` with no CMD)
reads its program from standard input or, on a terminal, starts its read-eval-print
loop; a REPL of its own (``irb``, ``ghci``) does so whatever its arguments.  Such an image is an interpreter base whose users run
code of their own, which may install packages that compile (``gem install`` of a gem
with a native extension, ``pip install``), so the builder's compilers and headers
are as much what the container is for as a shell's tools are (the caller declines as
for an interactive shell).

Each interpreter's options are read from its manual: those that give the program on
the command line (``python -c``, ``ruby -e``) and those that take a value as the next
word (``python -W ignore``: ``ignore`` is not a script).  A word that is not an option
is the script; an option not listed is taken to take no value, so an unknown one can
only make a script of its value, never hide one."""

from __future__ import annotations

import re
from typing import Optional, Sequence

from ..analysis.shell import program_name

#: interpreter -> (options that give the program themselves or print and exit, options
#: whose value is the next word): python(1), node(1), ruby(1), perl(1)/perlrun, php(1),
#: julia(1), lua(1), hy's and mruby's --help, R's ``R --help``
_INTERPRETERS = {
    "python": ({"-c", "-m", "-V", "-h", "-?"}, {"-W", "-X", "-Q", "--check-hash-based-pycs"}),
    "pypy": ({"-c", "-m", "-V", "-h"}, {"-W", "-X"}),
    "node": ({"-e", "--eval", "-p", "--print", "--test", "--run", "-v", "-h", "--check",
              "-c", "--v8-options"},
             {"-r", "--require", "--import", "--loader", "--experimental-loader",
              "--input-type", "--title", "--conditions", "-C"}),
    "ruby": ({"-e", "-v", "-h", "-c", "-y"}, {"-r", "-I", "-C", "-E", "-F", "--encoding", "--external-encoding",
                      "--internal-encoding"}),
    "perl": ({"-e", "-E", "-v", "-V", "-h", "-c"}, {"-I", "-M", "-m", "-C"}),
    "php": ({"-r", "-f", "-B", "-R", "-F", "-E", "-S", "-t", "-v", "-h", "-i", "-m", "-l"}, {"-c", "-d", "-z"}),
    "julia": ({"-e", "--eval", "-E", "--print", "-L", "--load", "-v", "-h"},
              {"-p", "--procs", "-J", "--sysimage", "-t", "--threads", "-O",
               "--optimize", "--project", "-C", "--cpu-target", "-H", "--home"}),
    "lua": ({"-e", "-v"}, {"-l"}),
    "hy": ({"-c", "-m", "-v", "-h"}, {"-W", "-X"}),
    "mruby": ({"-e", "-v", "-h", "-c"}, {"-r"}),
    "R": ({"-e", "-f", "--file", "-h"}, {"-d", "--debugger", "--encoding", "-g", "--gui"}),
}
#: the same interpreters under their versioned or distribution names
_ALIASES = ((re.compile(r"python[0-9.]*(-dbg)?"), "python"), (re.compile(r"pypy[0-9.]*"), "pypy"),
            (re.compile(r"node(js)?"), "node"), (re.compile(r"ruby[0-9.]*"), "ruby"),
            (re.compile(r"perl[0-9.]*"), "perl"), (re.compile(r"php[0-9.]*(-cli)?"), "php"),
            (re.compile(r"julia"), "julia"), (re.compile(r"lua(jit|[0-9.]+)?"), "lua"),
            (re.compile(r"hy[0-9]?"), "hy"), (re.compile(r"mruby"), "mruby"),
            (re.compile(r"R"), "R"))
#: options that start the prompt even with a program (``python -i app.py`` runs it and
#: then prompts; ``php -a``)
_PROMPT_OPTIONS = {"python": {"-i"}, "pypy": {"-i"}, "node": {"-i", "--interactive"},
                   "php": {"-a"}, "julia": {"-i"}, "lua": {"-i"}, "hy": {"-i"},
                   "R": {"--interactive"}}
#: programs that are a language's prompt whatever their arguments (not a readline
#: wrapper such as rlwrap: what it wraps may be any interactive program, and the
#: golden case c-cpp-links-llvm takes `rlwrap daleci`'s JIT REPL as needing libLLVM alone)
PROMPTS = frozenset({"irb", "pry", "mirb", "ghci", "jshell", "groovysh", "bpython",
                     "ptpython", "ptipython", "iex", "erl", "sbcl", "racket",
                     "guile", "ocaml", "utop", "swipl", "tclsh", "wish", "clj"})


def interpreter(name: str) -> Optional[str]:
    """The interpreter ``name`` (a program's file name) is, or None."""
    for pattern, family in _ALIASES:
        if pattern.fullmatch(name):
            return family
    return None


#: what a prompt is, said in a decline
REPL = "a read-eval-print loop"
NO_PROGRAM = "given no program, it reads one from standard input or prompts for it"


def starts_prompt(words: Sequence[str]) -> Optional[str]:
    """How the command ``words`` (the program first) reads its program from standard
    input or prompts for it (a REPL of its own; an interpreter given no script and no
    program option, or one told to prompt), or None."""
    if not words:
        return None
    name = program_name(words[0])
    if name in PROMPTS:
        return REPL
    family = interpreter(name)
    if family is None:
        return None
    return _no_program(family, words[1:])


def _no_program(family: str, words: Sequence[str]) -> Optional[str]:
    """How the interpreter's arguments ``words`` make it prompt: they give it no program
    (``NO_PROGRAM``), or tell it to prompt (``REPL``: ``python -i app.py``); None when
    they give it one."""
    gives, takes = _INTERPRETERS[family]
    prompt = _PROMPT_OPTIONS.get(family, set())
    args = list(words)
    while args:
        word = args.pop(0)
        if word in prompt:
            return REPL
        if word == "--" or not word.startswith("-") or word == "-":
            # a script; ``-`` is standard input, read as the prompt is
            return NO_PROGRAM if word == "-" else None
        if word.startswith("--"):
            option = word.split("=", 1)[0]
            if option in prompt:
                return REPL
            if option in gives or option in ("--version", "--help"):
                return None
            if option in takes and "=" not in word:
                if not args:
                    return NO_PROGRAM
                args.pop(0)
            continue
        for i, letter in enumerate(word[1:], 1):  # a cluster of short options (getopt)
            option = "-" + letter
            if option in prompt:
                return REPL
            if option in gives:
                return None  # (``-c 'print(1)'``, ``-eputs 1``, ``-Bc ...``)
            if option in takes:
                if i == len(word) - 1 and args:
                    args.pop(0)  # (its value is the next word; else the rest of this one)
                break
    return NO_PROGRAM
