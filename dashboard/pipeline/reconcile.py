"""Exports read whole and clean in an ingest run, reconciled with the store once saved: what
a re-read export no longer holds is forgotten."""

from __future__ import annotations

from collections import Counter

from dashboard.errors import ArticleReadError, KeptOut, StoreError
from dashboard.model import Article
from dashboard.pipeline.report import IngestReport
from dashboard.store.archive import SaveCounts, Store
from dashboard.store.write import split_path


class Reconciler:
    """Exports read whole and clean in this run, reconciled with the store once saved.

    Records of one file come together in the stream: a file is complete when the next one
    starts. It is reconciled after the batch holding its last record is saved, unless any of
    its records was skipped (unreadable, or its batch not saved): then everything stored from
    it is kept.
    """

    def __init__(self, store: Store, run: str, report: IngestReport):
        self.store, self.run, self.report = store, run, report
        self.current: str | None = None
        self.exports: set[str] = set()  # files read as records with line numbers
        self.dirty: set[str] = set()
        self.ready: list[str] = []
        self.new: Counter = Counter()

    def see(self, item: Article | ArticleReadError) -> None:
        file, line = split_path(item.path)
        if file != self.current:
            self._complete()
            self.current = file
        if isinstance(item, ArticleReadError) and not isinstance(item, KeptOut):
            self.dirty.add(file)
        elif line is not None:
            self.exports.add(file)

    def saved(self, counts: SaveCounts) -> None:
        self.new.update(counts.new_by_file)

    def failed(self, batch: list[Article]) -> None:
        self.dirty.update(split_path(a.path)[0] for a in batch)

    def _complete(self) -> None:
        if self.current in self.exports and self.current not in self.dirty:
            self.ready.append(self.current)

    def reconcile(self, *, final: bool = False) -> None:
        if final:
            self._complete()
            self.current = None
        for file in self.ready:
            if file not in self.dirty:
                self._forget_unseen(file)
        self.ready = []

    def _forget_unseen(self, file: str) -> None:
        try:
            gone = self.store.remove_unseen(file, self.run)
        except StoreError as exc:
            self.report.warnings.append((file, f"old versions kept: {exc}"))
            return
        replaced = min(gone, self.new[file])
        self.report.stored -= replaced
        self.report.replaced += replaced
        self.report.removed += gone - replaced
