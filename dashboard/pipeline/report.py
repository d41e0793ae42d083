"""What an ingest run did, for the person who ran it: counts, then a line per skipped input,
page kept out and warning."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field

from dashboard.errors import ArticleReadError, KeptOut, printable
from dashboard.model import Article
from dashboard.store.archive import SaveCounts


def display_path(where: str) -> str:
    """A stored (absolute) path as a user would type it: relative when under the current folder,
    on one line (control and bidi characters escaped, see :func:`~dashboard.errors.printable`)."""
    if not os.path.isabs(where):
        return printable(where)  # an upload's name, or a label
    relative = os.path.relpath(where)
    return printable(where if relative.startswith("..") else relative)


@dataclass
class IngestReport:
    read: int = 0  # articles read from the inputs
    stored: int = 0
    unchanged: int = 0
    replaced: int = 0
    retagged: int = 0  # already stored without places, geotagged now
    removed: int = 0  # no longer in their (re-read) file, and in no other
    skipped: list[tuple[str, str]] = field(default_factory=list)  # ("file[:line]", reason)
    kept_out: list[KeptOut] = field(default_factory=list)  # pages not Indonesian / not on Syria
    warnings: list[tuple[str, str]] = field(default_factory=list)  # ("file[:line]", message)

    def lines(self) -> list[str]:
        """The human summary: one line of counts, then one line per skipped input or warning."""
        head = (
            f"read {self.read} articles: {self.stored} stored, {self.unchanged} unchanged, "
            f"{self.replaced} replaced"
            + (f", {self.removed} removed" if self.removed else "")
            + (f", {self.retagged} geotagged" if self.retagged else "")
            + f"; {len(self.skipped)} skipped"
            + self._kept_out_counts()
        )
        return (
            [head]
            + [f"skipped {display_path(where)}: {why}" for where, why in self.skipped]
            + [f"kept out {display_path(where(k))}: {k.reason}" for k in self.kept_out]
            + [f"warning {display_path(where)}: {what}" for where, what in self.warnings]
        )

    def _kept_out_counts(self) -> str:
        if not self.kept_out:
            return ""
        kinds = Counter(k.kind for k in self.kept_out)
        return (
            f"; {len(self.kept_out)} kept out ("
            + ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
            + ")"
        )

    def add(self, counts: SaveCounts) -> None:
        self.stored += counts.stored
        self.unchanged += counts.unchanged
        self.replaced += counts.replaced
        self.retagged += counts.retagged
        self.removed += counts.removed


def where(item: Article | ArticleReadError) -> str:
    """``file`` or ``file:line``: where an article or a problem was read."""
    if isinstance(item, Article):
        return item.path
    return f"{item.path}:{item.line}" if item.line is not None else item.path
