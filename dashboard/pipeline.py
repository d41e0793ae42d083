"""Read → date → geotag → store, in batches, with a report of what happened to every input.

Each batch is saved in one transaction, so a failure part-way leaves everything saved before it.
A bad file or record is skipped with its reason; a geotagger error on one article stores that
article without places (and says so) rather than losing it. Once an export has been read whole
with no problem, what it no longer holds (an edited record's old text, a deleted record) is
forgotten; a file with any problem keeps everything stored from it.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import sys
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tqdm import tqdm

from dashboard.errors import ArticleReadError, GazetteerError, KeptOut, StoreError, printable
from dashboard.model import Article, Geotag
from dashboard.store.archive import SaveCounts, Store
from dashboard.store.write import new_run, split_path
from dashboard.text.paths import list_entries
from dashboard.text.read import Deferred, made, read_bytes, read_entry_deferred
from dashboard.text.web.relevance import about_syria
from dashboard.workers import Outcome, in_workers, tag_one

if TYPE_CHECKING:
    from dashboard.geo.gazetteer import Gazetteer

Geotagger = Callable[[Article], Geotag | None]
#: Stored paths of uploads start with this; a file's stored path is absolute (starts with /).
UPLOAD_PREFIX = "upload:"


def no_geotagger(article: Article) -> None:
    """Store articles without places (they are geotagged when saved again with a geotagger)."""
    return None


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
            + [f"kept out {display_path(_where(k))}: {k.reason}" for k in self.kept_out]
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


class _GazetteerTagger:
    """geoparse over one gazetteer; ``places`` lets worker processes send geotags back as ids."""

    def __init__(
        self, geotag_article: Callable[[Article, Gazetteer], Geotag], gazetteer: Gazetteer
    ):
        self.geotag_article, self.gazetteer = geotag_article, gazetteer
        self.places = gazetteer.places

    def __call__(self, article: Article) -> Geotag:
        return self.geotag_article(article, self.gazetteer)


def default_geotagger() -> tuple[Geotagger, str | None]:
    """geoparse over the bundled gazetteer; without them, no places and a reason why."""
    try:
        geoparse = importlib.import_module("dashboard.geo.parse.geotag")
        gazetteer = importlib.import_module("dashboard.geo.gazetteer").load_gazetteer()
    except (ImportError, GazetteerError, OSError) as exc:
        return no_geotagger, f"geotagging is off ({type(exc).__name__}: {exc})"
    return _GazetteerTagger(geoparse.geotag_article, gazetteer), None


def _where(item: Article | ArticleReadError) -> str:
    if isinstance(item, Article):
        return item.path
    return f"{item.path}:{item.line}" if item.line is not None else item.path


class _Reconciler:
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


def _geotag(
    batch: list[tuple[Article, Outcome | None]],
    geotagger: Geotagger,
    store: Store,
    report: IngestReport,
):
    """Each article with its geotag: found by a worker already (an outcome), or here."""
    done = store.geotagged(a.id for a, _ in batch)
    for article, outcome in batch:
        if done.get(article.id):
            yield article, None  # stored with its places already: nothing to redo
            continue
        geotag, failure, _, relevant = outcome or tag_one(geotagger, article)
        if failure:  # a geotagger bug must not lose the article
            why = f"stored without places; geotagging failed: {failure}"
            report.warnings.append((article.path, why))
        if relevant is None:  # not found by a worker
            relevant = article.page is None or about_syria(article, geotag)  # type: ignore[arg-type]
        if not relevant:
            why = "not about Syria (no Syrian place and no 'Suriah' in the title or text)"
            report.kept_out.append(KeptOut(article.path, why, kind="not about Syria"))
            report.read -= 1  # counted as kept out, not as an article read
            continue
        yield article, geotag


@dataclass
class _Run:
    store: Store
    geotagger: Geotagger
    report: IngestReport
    reconciler: _Reconciler | None = None  # None: only add (uploads)

    def save(self, batch: list[tuple[Article, Outcome | None]]) -> None:
        """Save a batch in one transaction; if that fails, each article alone, so one bad
        record costs only itself."""
        if not batch:
            return
        tagged = list(_geotag(batch, self.geotagger, self.store, self.report))
        prints = {a.id: o.fingerprint for a, o in batch if o is not None}  # found by workers
        if not self._store(tagged, prints, quiet=len(tagged) > 1):
            for item in tagged:
                self._store([item], prints)

    def _store(
        self, items: list[tuple[Article, Geotag | None]], prints: dict, *, quiet: bool = False
    ) -> bool:
        run = self.reconciler.run if self.reconciler else None
        try:
            counts = self.store.save(items, run=run, prints=prints)
        except StoreError as exc:
            if not quiet:
                self.report.skipped += [(a.path, f"not saved: {exc}") for a, _ in items]
                if self.reconciler:
                    self.reconciler.failed([a for a, _ in items])
            return False
        self.report.add(counts)
        if self.reconciler:
            self.reconciler.saved(counts)
        return True


def _ingest(
    items: Iterator[tuple[Article | ArticleReadError, Outcome | None]],
    run: _Run,
    batch_size: int,
    on_batch: Callable[[], None],
) -> None:
    """Batches saved in order; an item's outcome is its geotag when a worker found it."""
    batch: list[tuple[Article, Outcome | None]] = []
    report, reconciler = run.report, run.reconciler
    for item, outcome in items:
        if reconciler:
            reconciler.see(item)
        if isinstance(item, KeptOut):
            report.kept_out.append(item)
            continue
        if isinstance(item, ArticleReadError):
            report.skipped.append((_where(item), item.reason))
            continue
        report.read += 1
        report.warnings += [(item.path, w) for w in item.warnings]
        batch.append((item, outcome))
        if len(batch) >= batch_size:
            run.save(batch)
            batch = []
            if reconciler:
                reconciler.reconcile()
            on_batch()
    run.save(batch)
    if reconciler:
        reconciler.reconcile(final=True)


def resolve_geotagger(geotagger: Geotagger | None) -> tuple[Geotagger, str | None]:
    """The geotagger to use (the default one for None) and why geotagging is off, if it is."""
    return (geotagger, None) if geotagger is not None else default_geotagger()


def _resolve(geotagger: Geotagger | None, report: IngestReport) -> Geotagger:
    if geotagger is not None:
        return geotagger
    tagger, why_not = default_geotagger()
    if why_not:
        report.warnings.append(("geotagger", why_not))
    return tagger


def ingest_paths(
    paths: Iterable[Path],
    store: Store,
    *,
    geotagger: Geotagger | None = None,
    batch_size: int = 2000,
    progress: bool = False,
    workers: int = 1,
) -> IngestReport:
    """Ingest files and folders. ``geotagger=None`` uses geoparse over the bundled gazetteer;
    pass :func:`no_geotagger` to store articles without places. With ``workers`` > 1 articles are
    made and geotagged in that many worker processes (:mod:`dashboard.workers`); what is stored,
    and the report, are the same."""
    report = IngestReport()
    run = _Run(store, _resolve(geotagger, report), report, _Reconciler(store, new_run(), report))
    files = list_entries(paths)
    with tqdm(
        total=len(files),
        unit="file",
        file=sys.stderr,
        disable=not progress,
        delay=0.5,
        dynamic_ncols=True,
    ) as bar:

        def entries() -> Iterator[Article | ArticleReadError | Deferred]:
            for file in files:
                yield from read_entry_deferred(file)
                bar.update(1)

        def on_batch() -> None:
            bar.set_postfix(articles=report.read)

        items: Generator[tuple[Article | ArticleReadError, Outcome | None], None, None]
        if workers > 1:
            items = in_workers(entries(), run.geotagger, workers, ahead=batch_size)
        else:
            items = ((made(entry), None) for entry in entries())
        try:
            _ingest(items, run, batch_size, on_batch)
        finally:  # on Ctrl-C too: the workers are stopped before this returns
            items.close()
    return report


def ingest_upload(
    name: str, data: bytes, store: Store, *, geotagger: Geotagger | None = None
) -> IngestReport:
    """Ingest one uploaded file's bytes (the dashboard's uploader).

    An upload is stored under its own namespace, keyed by its content (:func:`upload_key`): its
    name, whatever it says (even a stored file's absolute path), never names an ingested file,
    so an upload only adds. The report names the upload as it was named.
    """
    report = IngestReport()
    run = _Run(store, _resolve(geotagger, report), report)
    key = upload_key(name, data)
    _ingest(((item, None) for item in read_bytes(key, data)), run, 500, lambda: None)
    report.skipped = [(_as_uploaded(w, key, name), r) for w, r in report.skipped]
    report.warnings = [(_as_uploaded(w, key, name), m) for w, m in report.warnings]
    report.kept_out = [
        KeptOut(_as_uploaded(k.path, key, name), k.reason, k.line, kind=k.kind)
        for k in report.kept_out
    ]
    return report


def upload_key(name: str, data: bytes) -> str:
    """``upload:<content hash>/<name>``: the path an upload's articles are stored under."""
    return f"{UPLOAD_PREFIX}{hashlib.sha256(data).hexdigest()[:16]}/{name}"


def _as_uploaded(where: str, key: str, name: str) -> str:
    return name + where[len(key) :] if where.startswith(key) else where


def ingest_items(
    items: Iterable[Article | ArticleReadError],
    store: Store,
    *,
    geotagger: Geotagger | None = None,
) -> IngestReport:
    """Ingest articles already read (fetched web pages); like uploads, this only adds."""
    report = IngestReport()
    run = _Run(store, _resolve(geotagger, report), report)
    _ingest(((item, None) for item in items), run, 500, lambda: None)
    return report
