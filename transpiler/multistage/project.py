"""The build context (``--context DIR``): project files a recipe may read to know what
the Dockerfile alone does not show (go.mod's module path names a module's binary).

Only files the Dockerfile copies into the image count: an image directory maps to the
context through ``COPY . <dir>`` / ``ADD . <dir>``; anything else is unknown (None)."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from typing import Optional

from ..tree import ast
from ..analysis.state import resolve_path

_MAJOR = re.compile(r"^v[0-9]+$")


class Project:
    def __init__(self, root, facts):
        self.root = Path(root)
        self.mounts = []  # (image directory, context directory)
        for fact in facts.instructions:
            node = fact.node
            if not isinstance(node, (ast.Copy, ast.Add)) or node.flag("from") is not None:
                continue
            sources = [s.rstrip("/") or "." for s in node.sources]
            if len(sources) != 1 or sources[0] not in (".", "./"):
                continue
            dest = resolve_path(fact.before.workdir, node.destination or "")
            if dest:
                self.mounts.append((dest.rstrip("/") or "/", self.root))

    def directory(self, image_dir: Optional[str]) -> Optional[Path]:
        """The context directory copied to ``image_dir`` (the last COPY wins)."""
        if not image_dir:
            return None
        for dest, src in reversed(self.mounts):
            if image_dir == dest or image_dir.startswith(dest.rstrip("/") + "/"):
                rel = posixpath.relpath(image_dir, dest)
                path = (src / rel).resolve() if rel != "." else src
                if path == self.root or self.root.resolve() in path.parents or \
                        path == self.root.resolve():
                    return path
        return None

    def read(self, image_dir: Optional[str], name: str) -> Optional[str]:
        directory = self.directory(image_dir)
        if directory is None:
            return None
        try:
            return (directory / name).read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None

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
