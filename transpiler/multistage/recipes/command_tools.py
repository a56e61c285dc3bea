"""Build tools the container's own command runs at run time.

The tables (``knowledge.packages``) call gettext a build tool: a C build's configure
and a translation catalogue's compile run its programs.  Django's ``manage.py`` runs
them too, when the container does: ``compilemessages`` runs msgfmt and
``makemessages`` xgettext and msgmerge (Django's i18n docs: they need the GNU gettext
tools).  An ENTRYPOINT (exec form) that ends with ``manage.py`` leaves the management
command to CMD or to ``docker run``'s arguments, and a command may name one of the two
itself; gettext, when the original keeps it, may then be what the container runs
(5c1ad6d6: ``ENTRYPOINT ["python3", "manage.py"]`` beside ``apt-get install gettext``),
so it reaches the runner as any other program the original keeps."""

from __future__ import annotations

from typing import FrozenSet

from ...analysis.commands import command_words, last
from ...analysis.shell import program_name
from ...tree import ast

#: Django's management commands that run gettext's programs
GETTEXT_COMMANDS = frozenset({"compilemessages", "makemessages"})
_MANAGE = "manage.py"


def run_time_tools(facts) -> FrozenSet[str]:
    """The build-tool packages the final ENTRYPOINT/CMD may run (see the module
    docstring): {"gettext"} or nothing."""
    body = [f.node for f in facts.instructions]
    entry, cmd = last(body, ast.Entrypoint), last(body, ast.Cmd)
    entry_words, entry_shell = command_words(entry) if entry is not None else ((), False)
    cmd_words = command_words(cmd)[0] if cmd is not None and not entry_shell else ()
    words = entry_words + cmd_words
    if not any(program_name(w) == _MANAGE for w in words):
        return frozenset()
    open_command = bool(entry_words) and not entry_shell and \
        program_name(entry_words[-1]) == _MANAGE
    if open_command or GETTEXT_COMMANDS & set(words):
        return frozenset({"gettext"})
    return frozenset()
