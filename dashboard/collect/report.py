"""The summary of a `collect` run: one line of counts, then one line per URL not stored."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class CollectReport:
    lists_read: int = 0  # feeds and sitemaps fetched and parsed
    lists_unchanged: int = 0  # answered 304 Not Modified
    listed_new: int = 0  # page URLs met for the first time
    fetched: int = 0  # pages downloaded
    new: int = 0  # articles stored
    unchanged: int = 0  # already stored (same content, or the same page at another URL)
    replaced: int = 0  # a page whose content changed since it was stored
    kept_out: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    pending: int = 0  # still to fetch (after --max, or an interruption)
    interrupted: bool = False
    outcomes: dict[str, str] = field(default_factory=dict)  # url → one-line outcome

    def lines(self) -> list[str]:
        head = (
            f"fetched {self.fetched} pages: {self.new} new, {self.unchanged} unchanged"
            + (f", {self.replaced} replaced" if self.replaced else "")
            + f"; {len(self.kept_out)} kept out, {len(self.skipped)} skipped,"
            f" {len(self.failed)} failed"
            f" (feeds/sitemaps: {self.lists_read} read, {self.lists_unchanged} unchanged;"
            f" {self.listed_new} new URLs listed)"
        )
        tail = []
        if self.pending:
            why = "interrupted" if self.interrupted else "--max reached"
            tail.append(f"{self.pending} URLs still pending ({why}): run again to continue")
        return (
            [head]
            + [f"kept out {url}: {why}" for url, why in self.kept_out]
            + [f"skipped {url}: {why}" for url, why in self.skipped]
            + [f"failed {url}: {why}" for url, why in self.failed]
            + [f"warning {url}: {what}" for url, what in self.warnings]
            + tail
        )
