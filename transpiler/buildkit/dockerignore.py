"""Which files of a build context BuildKit sends: the ``.dockerignore`` patterns as
BuildKit reads and applies them (github.com/moby/patternmatcher and its
``ignorefile.ReadAll``; docs.docker.com/build/concepts/context/#dockerignore-files).

Reading (``ignorefile.ReadAll``): a UTF-8 BOM at the start is dropped; a line whose
first character is ``#`` is a comment; the rest is trimmed and a blank line skipped;
a leading ``!`` makes an exception (the text after it trimmed again); the pattern is
cleaned as Go's ``filepath.Clean`` cleans it (``./a//b/`` is ``a/b``, ``..`` resolved
lexically) and one leading ``/`` dropped.  A bare ``!`` or a pattern Go's
``filepath.Match`` refuses (an unclosed ``[``) fails the build.

Matching (``patternmatcher``): ``*`` and ``?`` do not cross ``/``; ``[...]`` is a
class (``^`` negates); ``\\`` escapes the next character; ``**`` matches any number of
directories, none included (``**/x`` matches ``x``); a trailing ``**`` anything.  A
pattern matches a path when it matches the path or one of its parent directories
(``node_modules`` excludes all under it).  The patterns are tried in order, the last
that matches decides (so ``!README.md`` after ``*.md`` sends README.md), and a
directory's answers pass to what it holds as the sender's walk passes them
(``MatchesUsingParentResults``)."""

from __future__ import annotations

import posixpath
import re
import warnings
from dataclasses import dataclass
from typing import List, Optional, Tuple

_BOM = "\ufeff"


class BadPattern(ValueError):
    """A line BuildKit refuses: the build fails before any step runs."""


def go_clean(path: str) -> str:
    """Go's ``path.Clean``: the shortest lexically equal path (``""`` is ``"."``)."""
    if not path:
        return "."
    rooted = path.startswith("/")
    parts: List[str] = []
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if parts and parts[-1] != "..":
                parts.pop()
            elif not rooted:
                parts.append("..")
            continue
        parts.append(part)
    text = "/".join(parts)
    if rooted:
        return "/" + text
    return text or "."


def read_patterns(text: str) -> List[str]:
    """The patterns of an ignore file's text (``ignorefile.ReadAll``)."""
    found = []
    for number, line in enumerate(text.split("\n")):
        if number == 0 and line.startswith(_BOM):
            line = line[1:]
        if line.endswith("\r"):  # (bufio.ScanLines drops it)
            line = line[:-1]
        if line.startswith("#"):
            continue
        pattern = line.strip()
        if not pattern:
            continue
        invert = pattern.startswith("!")
        if invert:
            pattern = pattern[1:].strip()
        if pattern:
            pattern = go_clean(pattern)
            if len(pattern) > 1 and pattern.startswith("/"):
                pattern = pattern[1:]
        found.append("!" + pattern if invert else pattern)
    return found


@dataclass(frozen=True)
class _Pattern:
    text: str  # cleaned, without its "!"
    exception: bool
    kind: str  # "exact", "prefix", "suffix" or "regexp"
    regexp: Optional["re.Pattern"] = None

    def match(self, path: str) -> bool:
        if self.kind == "exact":
            return path == self.text
        if self.kind == "prefix":
            return path.startswith(self.text[:-2])
        if self.kind == "suffix":
            suffix = self.text[2:]
            return path.endswith(suffix) or suffix.startswith("/") and path == suffix[1:]
        return self.regexp is not None and self.regexp.match(path) is not None


_ESCAPED = set(".+()|{}$")


def _compile(text: str, exception: bool) -> _Pattern:
    """``Pattern.compile``: the pattern as a regular expression, or the cheaper exact,
    prefix (``a/**``) or suffix (``**/a``) comparison BuildKit makes instead."""
    regex, kind, i = "^", "exact", 0
    position = 0
    while i < len(text):
        ch = text[i]
        i += 1
        if ch == "*":
            if i < len(text) and text[i] == "*":
                i += 1
                if i < len(text) and text[i] == "/":
                    i += 1
                if i >= len(text):
                    if kind == "exact":
                        kind = "prefix"
                    else:
                        regex += ".*"
                        kind = "regexp"
                else:
                    regex += "(.*/)?"
                    kind = "regexp"
                if position == 0:
                    kind = "suffix"
            else:
                regex += "[^/]*"
                kind = "regexp"
        elif ch == "?":
            regex += "[^/]"
            kind = "regexp"
        elif ch in _ESCAPED:
            regex += "\\" + ch
        elif ch == "\\":
            if i < len(text):
                regex += "\\" + text[i]
                i += 1
                kind = "regexp"
            else:
                regex += "\\\\"
        elif ch in "[]":
            regex += ch
            kind = "regexp"
        else:
            regex += ch
        position += 1
    compiled = None
    if kind == "regexp":
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                compiled = re.compile(regex + r"\Z")
        except re.error:
            compiled = None  # (Go's regexp refuses it too: the pattern never matches)
    return _Pattern(text, exception, kind, compiled)


def _go_match_error(pattern: str) -> bool:
    """Whether Go's ``filepath.Match(pattern, ".")`` fails with ErrBadPattern: a class
    left open or empty, an escape at the end of a class, a range with no end."""
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            if i + 1 >= len(pattern):
                return True
            i += 2
            continue
        if ch == "[":
            i += 1
            if i < len(pattern) and pattern[i] == "^":
                i += 1
            first = True
            while True:
                if i >= len(pattern):
                    return True
                if pattern[i] == "]" and not first:
                    break
                first = False
                lo, i = _class_char(pattern, i)
                if lo is None:
                    return True
                if i < len(pattern) and pattern[i] == "-":
                    hi, i = _class_char(pattern, i + 1)
                    if hi is None or hi < lo:
                        return True
            i += 1
            continue
        i += 1
    return False


def _class_char(pattern: str, i: int) -> Tuple[Optional[str], int]:
    if i >= len(pattern) or pattern[i] in "-]":
        return None, i
    if pattern[i] == "\\":
        i += 1
        if i >= len(pattern):
            return None, i
    return pattern[i], i + 1


class Matcher:
    """The ignore file's patterns; ``excluded(path)`` answers for a path relative to
    the context's root, ``/``-separated."""

    def __init__(self, patterns: List[str]):
        self.patterns: List[_Pattern] = []
        for pattern in patterns:
            pattern = pattern.strip()
            if not pattern:
                continue
            pattern = go_clean(pattern)
            exception = pattern.startswith("!")
            if exception:
                if len(pattern) == 1:
                    raise BadPattern('illegal exclusion pattern: "!"')
                pattern = pattern[1:]
            if _go_match_error(pattern):
                raise BadPattern(f"syntax error in pattern {pattern!r}")
            self.patterns.append(_compile(pattern, exception))
        self.exceptions = any(p.exception for p in self.patterns)

    @classmethod
    def of_text(cls, text: str) -> "Matcher":
        return cls(read_patterns(text))

    def _step(self, path: str, parent: Optional[List[bool]]) -> Tuple[bool, List[bool]]:
        """``MatchesUsingParentResults``: whether ``path`` is excluded, and each
        pattern's answer for it (handed to what the directory holds)."""
        matched = False
        answers = [False] * len(self.patterns)
        for i, pattern in enumerate(self.patterns):
            match = bool(parent and parent[i])
            if not match:
                if pattern.exception != matched:
                    continue
                match = pattern.match(path)
            answers[i] = match
            if match:
                matched = not pattern.exception
        return matched, answers

    def excluded(self, path: str) -> bool:
        path = go_clean(path).lstrip("/")
        if path in (".", ""):
            return False
        parts = path.split("/")
        parent: Optional[List[bool]] = None
        matched = False
        for n in range(1, len(parts) + 1):
            matched, parent = self._step(posixpath.join(*parts[:n]), parent)
        return matched


IGNORE_FILE = ".dockerignore"


class SentContext:
    """A build context as BuildKit sends it: the folder ``root`` less what its ignore
    file excludes.  The ignore file is ``<Dockerfile>.dockerignore`` beside the
    Dockerfile when that exists (``docker build -f app.Dockerfile``: BuildKit's
    ``dockerui`` reads it first), else ``.dockerignore`` at the context's root.
    ``problem`` says why the context cannot be known as sent (the ignore file cannot
    be read, or BuildKit refuses a pattern of it and the build fails).

    Every reader of the context asks here whether a path is in it (``sent``,
    ``lexists``, ``isfile``, ``isdir``, ``walk``): paths are relative to the root."""

    def __init__(self, root: str, dockerfile: Optional[str] = None):
        import os
        from .. import safe_files
        self.root = root
        self.ignore_file: Optional[str] = None  # its path
        self.ignore_name: Optional[str] = None  # its name, for the report
        self.matcher: Optional[Matcher] = None
        self.problem: Optional[str] = None
        candidates = ([dockerfile + IGNORE_FILE] if dockerfile else []) + \
            [os.path.join(root, IGNORE_FILE)]
        for path in candidates:
            if not os.path.lexists(path):
                continue
            self.ignore_file, self.ignore_name = path, os.path.basename(path)
            try:
                text = safe_files.read_text(path, safe_files.PROJECT_FILE_LIMIT,
                                            timeout=safe_files.READ_SECONDS)
                self.matcher = Matcher.of_text(text)
            except BadPattern as exc:
                self.problem = f"BuildKit refuses its {self.ignore_name} ({exc}): the build fails"
            except OSError as exc:
                self.problem = (f"its {self.ignore_name} cannot be read "
                                f"({getattr(exc, 'reason', exc)})")
            break

    def sent(self, rel: str) -> bool:
        """Whether the path ``rel`` (relative to the root) is sent, whether it exists
        or not: no pattern excludes it, or an exception sends it again."""
        return self.matcher is None or not self.matcher.excluded(rel)

    def _path(self, rel: str) -> str:
        import os
        return os.path.join(self.root, rel)

    def _target_sent(self, rel: str) -> bool:
        """A link's target inside the context must be sent too (the image has the link
        only; a target outside the context is for ``safe_files`` to refuse)."""
        import os
        real = os.path.realpath(self._path(rel))
        root = os.path.realpath(self.root)
        if real == root or not real.startswith(root.rstrip(os.sep) + os.sep):
            return True
        return self.sent(os.path.relpath(real, root).replace(os.sep, "/"))

    def lexists(self, rel: str) -> bool:
        """Whether the build has the file or directory ``rel``: a directory the
        patterns exclude is there still when an exception sends something in it."""
        import os
        path = self._path(rel)
        if not os.path.lexists(path):
            return False
        if self.sent(rel):
            return True
        return os.path.isdir(path) and not os.path.islink(path) and \
            self.matcher is not None and self.matcher.exceptions and \
            next(self.walk(rel), None) is not None

    def sends(self, rel: str) -> bool:
        """Whether what reading ``rel`` reads is sent: the path, and a link's target."""
        return self.sent(rel) and self._target_sent(rel)

    def isfile(self, rel: str) -> bool:
        import os
        return os.path.isfile(self._path(rel)) and self.sends(rel)

    def isdir(self, rel: str) -> bool:
        import os
        return os.path.isdir(self._path(rel)) and self.lexists(rel)

    def walk(self, top: str = "", skip=frozenset()):
        """The paths (relative to the root) of the files sent under ``top``, in
        ``os.walk``'s order; directories named in ``skip`` are not entered."""
        import os
        base = self._path(top) if top else self.root
        for folder, dirs, files in os.walk(base):
            rel_folder = os.path.relpath(folder, self.root).replace(os.sep, "/")
            rel_folder = "" if rel_folder == "." else rel_folder
            kept = []
            for d in dirs:
                if d in skip:
                    continue
                rel = posixpath.join(rel_folder, d)
                if self.sent(rel) or self.matcher is not None and self.matcher.exceptions:
                    kept.append(d)
            dirs[:] = kept
            for name in files:
                rel = posixpath.join(rel_folder, name)
                if self.sent(rel):
                    yield rel
