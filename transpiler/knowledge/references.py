"""Image references as FROM lines write them."""

from __future__ import annotations

from typing import Tuple


def split_reference(ref: str) -> Tuple[str, str]:
    """``registry/name:tag@digest`` -> (name without registry 'library/', tag)."""
    ref = ref.split("@", 1)[0]
    name, tag = ref, ""
    if ":" in ref.rsplit("/", 1)[-1]:
        name, tag = ref.rsplit(":", 1)
    if name.startswith("docker.io/"):
        name = name[len("docker.io/"):]
    if name.startswith("library/"):
        name = name[len("library/"):]
    return name, tag
