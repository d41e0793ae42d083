"""An ingest run: entries read, made into articles and geotagged (here or in worker processes),
saved a batch at a time in order, each batch in one transaction."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from dashboard.errors import ArticleReadError, KeptOut, StoreError
from dashboard.model import Article, Geotag
from dashboard.pipeline.geotaggers import Geotagger, resolve
from dashboard.pipeline.reconcile import Reconciler
from dashboard.pipeline.report import IngestReport, where
from dashboard.store.archive import Store
from dashboard.store.write import new_run
from dashboard.text.paths import list_entries
from dashboard.text.read import Deferred, made, read_bytes, read_entry_deferred
from dashboard.text.web.relevance import about_syria
from dashboard.workers import Outcome, in_workers, tag_one

#: Stored paths of uploads start with this; a file's stored path is absolute (starts with /).
UPLOAD_PREFIX = "upload:"


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
    reconciler: Reconciler | None = None  # None: only add (uploads)

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
            report.skipped.append((where(item), item.reason))
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
    run = _Run(store, resolve(geotagger, report), report, Reconciler(store, new_run(), report))
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
    run = _Run(store, resolve(geotagger, report), report)
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
    run = _Run(store, resolve(geotagger, report), report)
    _ingest(((item, None) for item in items), run, 500, lambda: None)
    return report
