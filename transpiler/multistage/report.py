"""The --explain report: what the transpiler found and did, in plain text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional

from ..knowledge import images
from ..formatting.printer.render import render_instruction


THEIRS = "these tags'"


@dataclass
class Report:
    declined: bool = False
    reason: Optional[str] = None
    warnings: List[str] = field(default_factory=list)
    recipe: Optional[str] = None
    placements: list = field(default_factory=list)
    artifacts: list = field(default_factory=list)
    copies: list = field(default_factory=list)
    runner: Optional[str] = None
    runner_reason: Optional[str] = None
    builder_image: Optional[str] = None
    added: List[str] = field(default_factory=list)
    #: the builder RUNs whose effect is captured, each with why (effect_capture)
    captured: List[str] = field(default_factory=list)
    checks: List[str] = field(default_factory=list)
    build_only_env: frozenset = frozenset()  # what the post-conditions did not compare
    allowed_changes: frozenset = frozenset()  # final-image changes made on purpose
    detection: object = None  # the recipe's reading of the build (recipes.base.Detection)

    def render(self) -> str:
        lines: List[str] = []
        if self.declined:
            lines.append(f"dtranspile: left as it was: {self.reason}")
            lines.extend(f"warning: {w}" for w in self.warnings)
            return "\n".join(lines) + "\n"
        lines.append(f"dtranspile: single stage split into builder + runner ({self.recipe} recipe)")
        lines.append("")
        lines.append(f"stages: builder FROM {self.builder_image}; runner FROM {self.runner}")
        lines.append(f"runner: {self.runner} ({self.runner_reason})")
        lines.append("")
        lines.append("instructions:")
        for p in self.placements:
            where = f"line {p.node.span.line}" if p.node.span else "new"
            text = render_instruction(p.node)
            if len(text) > 60:
                text = text[:57] + "..."
            lines.append(f"  {where:>8}  {p.where:<8} {text}  -- {p.reason}")
        lines.append("")
        lines.append("artifacts:")
        for c in self.copies:
            shown = getattr(c, "pattern", None)
            lines.append(f"  {shown or c.source} -> {shown or c.destination}  ({c.reason})")
        if self.captured:
            lines.append("")
            lines.append("captured in the builder (listed before the first and after the "
                         "builder's last RUN; what changed outside the copied directories, "
                         "at the same paths, is copied to the runner, what was removed is "
                         "removed there; packages' own files, caches, the accounts files "
                         "(what the RUNs did to them is merged entry by entry) and the "
                         "pseudo file systems are left out):")
            lines.extend(f"  {c}" for c in self.captured)
        if self.added:
            lines.append("")
            lines.append("added:")
            lines.extend(f"  {a}" for a in self.added)
        if self.warnings:
            lines.append("")
            lines.extend(f"warning: {w}" for w in self.warnings)
        lines.append("")
        lines.append(self.size_estimate())
        if self.checks:
            lines.append("")
            lines.append("post-conditions verified:")
            lines.extend(f"  ok  {c}" for c in self.checks)
        return "\n".join(lines) + "\n"

    def size_estimate(self) -> str:
        if self.runner and self.runner == self.builder_image:
            return (f"size: the runner is the builder's own image {self.runner}: the base "
                    "image is not smaller; the saving is at most what stays in the builder "
                    "and the original kept (build-only packages, the build's caches and "
                    "sources), and is not estimated")
        before = images.size_mb(self.builder_image or "")
        after = images.size_mb(self.runner or "")
        if before is None or after is None:
            return ("size: no estimate (one of the images is not in the size table; the "
                    "artifact's own size is unknown statically)")
        # (one tag is measured per family: an estimate for another tag says whose
        # figure it is, python:2.7 does not weigh what python:3.13 does)
        others = [f"{images.size_measured(ref)} for {ref}"
                  for ref in dict.fromkeys((self.builder_image or "", self.runner or ""))
                  if images.size_measured(ref) != ref]
        many = len(others) > 1
        named = (f" (the figure{'s' if many else ''} of {' and '.join(others)}: one tag "
                 f"measured per family, {THEIRS if many else 'its'} own may "
                 "differ)") if others else ""
        return (f"size: base images about {before:.1f} MB -> {after:.1f} MB{named}, "
                f"{images.SIZE_KIND}, plus the artifacts (unknown statically); "
                f"source: {images.SIZE_SOURCE}")
