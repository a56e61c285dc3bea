"""The text of what an instruction runs, read the same way by every pass that asks
whether a RUN (or CMD, ENTRYPOINT, HEALTHCHECK) names something: a path, a tool, a
home directory.  Such readers match words inside the text; they need one rule for the
two forms, not a rule each (which had drifted: one read exec forms as nothing)."""

from __future__ import annotations

from ..tree import ast
from .commands import shell_command_string


def run_text(node, shell_script: bool = False) -> str:
    """The text ``node`` runs: a shell form's text as written (quotes and backslashes
    kept: a reader that wants the words as the shell sees them removes them itself), an
    exec form's arguments joined by single spaces (its JSON quoting is gone already),
    "" for no command (``HEALTHCHECK NONE``, a node of another kind).

    ``shell_script``: for a reader that parses the text as shell commands, an exec form
    running a shell's ``-c`` (``["sh", "-c", "a && b"]``, ``["bash", "-lc", "a"]``:
    ``commands.shell_command_string``) gives the script the shell
    reads; the joined words would parse as ``sh -c a`` and then ``b``."""
    command = getattr(node, "command", None)
    if isinstance(command, ast.ShellForm):
        return command.text
    if not isinstance(command, ast.ExecForm):
        return ""
    args = command.args
    if shell_script:
        script = shell_command_string(args)
        if script is not None:
            return script
    return " ".join(args)
