"""Line endings and the final newline, applied after formatting.

Why separate from the formatter: the printer keeps the line endings it was given
(a CRLF file stays CRLF), which is right without configuration; ``end_of_line`` and
``insert_final_newline`` from EditorConfig or the project config are a policy on top.
Changing line endings can change what BuildKit reads (a CR inside a heredoc body is
content), so unless ``fast`` the result is parsed again and compared with the input's
meaning, like every other rewrite.
"""

from __future__ import annotations

import re
from typing import Optional

_ANY_EOL = re.compile(r"\r\n|\n")


def apply(output: str, original: str, *, end_of_line: Optional[str] = None,
          insert_final_newline: bool = True, fast: bool = False) -> str:
    """``output`` (formatted from ``original``) with the configured line endings."""
    if not output:
        return output
    new = output
    if end_of_line == "lf":
        new = new.replace("\r\n", "\n")
    elif end_of_line == "crlf":
        new = _ANY_EOL.sub("\r\n", new)
    if not insert_final_newline and not original.endswith("\n"):
        # "false" in EditorConfig means: do not add one; keep the file as it ended
        new = new[:-2] if new.endswith("\r\n") else new[:-1] if new.endswith("\n") else new
    if new != output and not fast:
        _check(output, new)
    return new


def _check(before: str, after: str) -> None:
    from .. import parse
    from ..tree.errors import ParseError, SafetyError
    from .safety import assert_equivalent

    try:
        again = parse(after)
    except ParseError as err:
        raise SafetyError(f"changing line endings breaks the file: {err.message}",
                          err.line, err.column) from None
    assert_equivalent(parse(before), again)
