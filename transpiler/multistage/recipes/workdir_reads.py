"""What a Python command reads in its working directory by a relative name, where that
directory is a shared or system one the runner does not copy whole.

An application's own directory (``WORKDIR /app``) is copied to the runner whole, so
whatever the program reads there by a relative name comes along.  /srv, /opt, /root or
/tmp are not (copying them would copy the system or other programs' files); a program
started there reads files the build may have put there:

- ``CMD ["python", "main.py"]``: the script /opt/main.py;
- ``CMD ["python", "-m", "app.main"]``: the package /srv/app (``-m`` puts the working
  directory first on ``sys.path``);
- ``gunicorn app:application``, ``uvicorn main:app``, ``celery -A tasks worker``: the
  module the server imports from the working directory, which it puts on ``sys.path``.

Each such path must reach the runner through something it repeats or copies (a context
COPY, a checkout carried whole: ``python_path_trees``); one that an archive unpacked or a
download left there is in no copied tree, and the runner would lack it.  Only the
command decides this: a stage without one (the builder read again by the
post-conditions) reads nothing."""

from __future__ import annotations

import posixpath
import re
from typing import List, Mapping, Sequence, Tuple

from ...analysis import StageFacts
from ...analysis.commands import command_words, last
from ...analysis.shell import program_name, split_commands, unwrap_words
from ...tree import ast
from .virtualenvs import is_python

#: servers taking the application as ``module:attribute`` and importing the module from
#: the working directory
_SERVERS = frozenset({"gunicorn", "uvicorn", "hypercorn", "daphne", "waitress-serve"})
#: ``module:attribute`` (an attribute or a factory call: ``app:create_app()``); a
#: ``host:port`` bind address does not match (its port starts with a digit)
#: the servers' options naming the directory they import the application from
_DIRECTORY_OPTIONS = frozenset({"--chdir", "--app-dir"})
_APP_SPEC = re.compile(r"([A-Za-z_][\w.]*):[A-Za-z_][\w.]*(\(.*\))?")


def relative_reads(facts: StageFacts) -> List[Tuple[str, str]]:
    """(path, what) for each file or package the final command reads in the final
    WORKDIR by a relative name: ``(/opt/main.py, "the script main.py")``; a package
    is named by its directory (a module ``app`` may be ``app.py`` beside it, which the
    caller checks as well)."""
    workdir = facts.final.workdir or "/"
    out: List[Tuple[str, str]] = []
    env = facts.final.env
    for words in commands(facts):
        for name, what in _read_names(words, env):
            if "$" in name or "`" in name:
                continue
            out.append((posixpath.join(workdir, name), what))
    return list(dict.fromkeys(out))


def commands(facts: StageFacts) -> List[Sequence[str]]:
    """The argument vectors the final ENTRYPOINT and CMD run in the final WORKDIR: an
    exec-form ENTRYPOINT with the CMD after it, each command of a shell form up to the
    first ``cd`` (after which the directory is another).  A CMD of the stage before its
    ENTRYPOINT stays in force (BuildKit resets only a CMD the base image set)."""
    entry, cmd = last(facts.stage.body, ast.Entrypoint), last(facts.stage.body, ast.Cmd)
    if entry is not None and isinstance(entry.command, ast.ExecForm):
        words, _ = command_words(entry)
        if cmd is not None and isinstance(cmd.command, ast.ExecForm):
            words = tuple(words) + tuple(cmd.command.args)
        return [unwrap_words(words)[0] or words]
    node = entry if entry is not None else cmd
    if node is None or node.command is None:
        return []
    if isinstance(node.command, ast.ExecForm):
        words = tuple(node.command.args)
        return [unwrap_words(words)[0] or words]
    out: List[Sequence[str]] = []
    for command in split_commands(node.command.text).commands:
        argv = unwrap_words(command.argv)[0] or tuple(command.argv)
        if argv and program_name(argv[0]) == "cd":
            break
        out.append(argv)
    return out


def _read_names(words: Sequence[str], env: Mapping[str, str]) -> List[Tuple[str, str]]:
    """(relative name, what) the command ``words`` reads from its working directory
    (``env``: the final environment, where ``FLASK_APP`` names flask's application)."""
    if not words:
        return []
    program = program_name(words[0])
    if program == "flask" and "run" in words[1:]:
        app = _option(words, ("--app", "-A")) or env.get("FLASK_APP", "")
        module = app.split(":")[0]
        if module.endswith(".py"):
            return [(module, f"the application {app} that flask runs")]
        return [(module.split(".")[0], f"the application {app} that flask runs")] \
            if module else []
    if program == "streamlit" and list(words[1:2]) == ["run"] and len(words) > 2 and \
            words[2].endswith(".py") and "/" not in words[2]:
        return [(words[2], f"the script {words[2]} that streamlit runs")]
    if program == "uwsgi":
        script = _option(words, ("--wsgi-file", "--file"))
        if script and "/" not in script:
            return [(script, f"the script {script} that uwsgi loads")]
        module = _option(words, ("--module", "-w", "--wsgi"))
        if module and "/" not in module:
            return [(module.split(":")[0].split(".")[0],
                     f"the module {module} that uwsgi imports")]
        return []
    if is_python(words[0]):
        for i, word in enumerate(words[1:], 1):
            if word == "-m" and i + 1 < len(words):
                module = words[i + 1].split(".")[0]
                return [(module, f"the module {words[i + 1]} that python -m imports")]
            if word.startswith("-m") and len(word) > 2:
                return [(word[2:].split(".")[0], f"the module {word[2:]} that python -m "
                         "imports")]
            if word in ("-c", "-") or word.startswith("-c"):
                return []
            if word.startswith("-"):
                continue
            if word.endswith(".py") and "/" not in word:
                return [(word, f"the script {word}")]
            return []
        return []
    if program in _SERVERS:
        folder = ""  # (gunicorn --chdir, uvicorn --app-dir: the module is read there)
        for i, word in enumerate(words[1:], 1):
            option, _, value = word.partition("=")
            if option in _DIRECTORY_OPTIONS:
                folder = value if value else words[i + 1] if i + 1 < len(words) else ""
                continue
            got = _APP_SPEC.fullmatch(word)
            if got and (i == 1 or words[i - 1].partition("=")[0] not in _DIRECTORY_OPTIONS):
                module = got.group(1).split(".")[0]
                return [(posixpath.join(folder, module),
                         f"the module {got.group(1)} that {program} imports")]
        return []
    if program == "celery":
        value = _option(words, ("-A", "--app"))
        if value:
            return [(value.split(":")[0].split(".")[0], f"the module {value} that celery "
                     "imports")]
        return []
    return []


def _option(words: Sequence[str], names: Sequence[str]) -> str:
    """The value of the first of the options ``names`` in ``words`` (``--app x``,
    ``--app=x``), or ""."""
    for i, word in enumerate(words[1:], 1):
        option, equals, value = word.partition("=")
        if option in names:
            return value if equals else words[i + 1] if i + 1 < len(words) else ""
    return ""


def copied_from_context(facts: StageFacts, path: str, among=None) -> bool:
    """Whether a COPY/ADD from the build context may land ``path`` (``COPY main.py .``
    in /opt, ``COPY . /opt``; a glob or a variable landing in a directory holding it):
    the runner repeats such a copy or copies what it landed from the builder.
    ``among``: the stage indexes of the copies to consider (all when None)."""
    from ...analysis.context_copies import context_copies, context_path
    from ...analysis.paths import is_within
    for copy in context_copies(f for f in facts.instructions
                               if among is None or f.index in among):
        if any(context_path(src, copy.target, copy.into_directory, path) is not None
               for src in copy.sources):
            return True
        if len(copy.sources) < len(copy.fact.node.sources) and \
                is_within(path, copy.target.rstrip("/") or "/"):
            return True  # (a source whose matches are not known)
    return False
