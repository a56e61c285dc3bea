"""The build context (``--context DIR``): project files a recipe may read to know what
the Dockerfile alone does not show (go.mod's module path names a module's binary).

Only files the Dockerfile copies into the image count: an image directory maps to the
context through ``COPY . <dir>`` / ``ADD . <dir>``, a file to the one a COPY or ADD
names (``ADD requirements.txt /app/``: ADD copies a file that is no tar archive as COPY
does, ``buildkit.add_archives``), into the destination when it is a directory as the
builder reads it (``runtime_inputs.copies_into_directory``: written so, or one the stage
surely has, such as a WORKDIR or ``mkdir`` made before), so ``ADD package.json /app``
after ``RUN mkdir /app`` is /app/package.json; anything else is unknown (None).

The context may be a stranger's repository, so every file goes through
``safe_files``: a regular file inside the context, at most 1 MB, read within a time
bound.  A file refused for one of those reasons is read as absent and named in
``warnings`` (the transpile report shows them); after one read times out the context
counts as stalled and is not read again."""

from __future__ import annotations

import os
import posixpath
import re
from pathlib import Path
from typing import List, Optional

from .. import safe_files
from ..buildkit import add_archives
from ..tree import ast
from ..analysis.state import resolve_path
from ..analysis.paths import is_within

_MAJOR = re.compile(r"^v[0-9]+$")


class Project:
    def __init__(self, sent, facts):
        #: the context as BuildKit sends it (``buildkit.dockerignore.SentContext``): a
        #: file its .dockerignore excludes is read as absent
        self.sent = sent
        self.root = Path(sent.root)
        self.mounts = []  # (image directory, context directory)
        #: image path -> context file, for files copied by name (``COPY Cargo.toml ./``)
        self.files = {}
        #: the image paths of ``files`` an ADD names: read only when no tar archive,
        #: which ADD would unpack there
        self.added = set()
        self.warnings: List[str] = []  # files refused, for the report
        self._stalled = False
        for fact in facts.instructions:
            node = fact.node
            if not isinstance(node, (ast.Copy, ast.Add)) or node.flag("from") is not None:
                continue
            sources = [s.rstrip("/") or "." for s in node.sources]
            self._named_files(fact, node, sources, facts)
            if len(sources) != 1 or sources[0] not in (".", "./"):
                continue
            dest = resolve_path(fact.before.workdir, node.destination or "")
            if dest:
                self.mounts.append((dest.rstrip("/") or "/", self.root))

    def _named_files(self, fact, node, sources, facts) -> None:
        """Files a COPY or ADD names one by one (no pattern, no variable, no URL, inside
        the context)."""
        from .runtime_inputs import copies_into_directory

        dest = node.destination or ""
        base = resolve_path(fact.before.workdir, dest)
        if base is None or "$" in dest:
            return
        # (``COPY requirements.txt .``: the working directory, a directory as ``./`` is;
        # ``ADD package.json /app`` after ``RUN mkdir /app``: a directory the stage made)
        into = copies_into_directory(node, fact, facts)
        for src in sources:
            if any(ch in src for ch in "*?[$") or src.startswith(("/", "..")) or \
                    src in (".", "./") or "://" in src or src.startswith("git@"):
                continue
            image = posixpath.normpath(posixpath.join(base, posixpath.basename(src))
                                       if into else base)
            self.files[image] = self.root / src
            if isinstance(node, ast.Add):
                self.added.add(image)
            else:
                self.added.discard(image)

    def directory(self, image_dir: Optional[str]) -> Optional[Path]:
        """The context directory copied to ``image_dir`` (the last COPY wins), as
        written: symbolic links are resolved when a file is read (``safe_files``, which
        keeps the file inside the context; ``Path.resolve`` raised on a link loop)."""
        if not image_dir:
            return None
        for dest, src in reversed(self.mounts):
            if is_within(image_dir, dest):
                rel = posixpath.relpath(image_dir, dest)
                if rel == ".":
                    return src
                if rel != ".." and not rel.startswith("../"):
                    return src / rel
        return None

    def read(self, image_dir: Optional[str], name: str) -> Optional[str]:
        directory = self.directory(image_dir)
        image = posixpath.normpath(posixpath.join(image_dir, name)) if image_dir else None
        named = self.files.get(image) if image else None
        if named is not None:  # copied by name after (or without) a whole-context COPY
            path = named
        elif directory is None:
            return None
        else:
            path = directory / name
        if self._stalled:
            return None
        if not self.sent.sends(os.path.relpath(path, self.root).replace(os.sep, "/")):
            return None
        try:
            data = safe_files.read_bytes(path, safe_files.PROJECT_FILE_LIMIT, within=self.root,
                                         timeout=safe_files.READ_SECONDS)
        except safe_files.UnsafeFile as exc:
            if isinstance(exc, safe_files.ReadTimeout):
                self._stalled = True
            shown = os.path.relpath(path, self.root).replace(os.sep, "/")
            warning = f"build context: {shown} {exc.reason}; read as if absent"
            if warning not in self.warnings:
                self.warnings.append(warning)
            return None
        except OSError:
            return None
        if named is not None and image in self.added and add_archives.unpacks(data):
            return None  # (ADD unpacks it: what lands there is the archive's)
        return data.decode("utf-8", errors="replace")

    def go_binary_name(self, image_dir: Optional[str]) -> Optional[str]:
        """The binary ``go build`` writes for the module rooted at ``image_dir``: the last
        element of go.mod's module path (a /vN major-version suffix skipped)."""
        text = self.read(image_dir, "go.mod")
        if text is None:
            return None
        match = re.search(r'^\s*module\s+"?([^\s"]+)"?', text, re.M)
        if not match:
            return None
        parts = [p for p in match.group(1).split("/") if p]
        if len(parts) > 1 and _MAJOR.match(parts[-1]):
            parts = parts[:-1]
        return parts[-1] if parts else None
