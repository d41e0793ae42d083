"""Read → date → geotag → store, in batches, with a report of what happened to every input.

Each batch is saved in one transaction, so a failure part-way leaves everything saved before it.
A bad file or record is skipped with its reason; a geotagger error on one article stores that
article without places (and says so) rather than losing it.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from dashboard.articles import list_files, read_bytes, read_paths
from dashboard.errors import ArticleReadError, GazetteerError, StoreError
from dashboard.model import Article, Geotag
from dashboard.store import Store

Geotagger = Callable[[Article], Geotag | None]


def no_geotagger(article: Article) -> None:
    """Store articles without places (they are geotagged when saved again with a geotagger)."""
    return None


@dataclass
class IngestReport:
    read: int = 0  # articles read from the inputs
    stored: int = 0
    unchanged: int = 0
    replaced: int = 0
    retagged: int = 0  # already stored without places, geotagged now
    skipped: list[tuple[str, str]] = field(default_factory=list)  # ("file[:line]", reason)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # ("file[:line]", message)

    def lines(self) -> list[str]:
        """The human summary: one line of counts, then one line per skipped input or warning."""
        head = (
            f"read {self.read} articles: {self.stored} stored, {self.unchanged} unchanged, "
            f"{self.replaced} replaced"
            + (f", {self.retagged} geotagged" if self.retagged else "")
            + f"; {len(self.skipped)} skipped"
        )
        return (
            [head]
            + [f"skipped {where}: {why}" for where, why in self.skipped]
            + [f"warning {where}: {what}" for where, what in self.warnings]
        )


def default_geotagger() -> tuple[Geotagger, str | None]:
    """geoparse over the bundled gazetteer; without them, no places and a reason why."""
    try:
        geoparse = importlib.import_module("dashboard.geoparse")
        gazetteer = importlib.import_module("dashboard.gazetteer").load_gazetteer()
    except (ImportError, GazetteerError, OSError) as exc:
        return no_geotagger, f"geotagging is off ({type(exc).__name__}: {exc})"
    return (lambda article: geoparse.geotag_article(article, gazetteer)), None


def _where(item: Article | ArticleReadError) -> str:
    if isinstance(item, Article):
        return item.path
    return f"{item.path}:{item.line}" if item.line is not None else item.path


def _geotag(articles: list[Article], geotagger: Geotagger, store: Store, report: IngestReport):
    done = store.geotagged(a.id for a in articles)
    for article in articles:
        if done.get(article.id):
            yield article, None  # stored with its places already: nothing to redo
            continue
        try:
            yield article, geotagger(article)
        except Exception as exc:  # a geotagger bug must not lose the article
            why = f"stored without places; geotagging failed: {type(exc).__name__}: {exc}"
            report.warnings.append((article.path, why))
            yield article, None


def _save(batch: list[Article], store: Store, geotagger: Geotagger, report: IngestReport) -> None:
    if not batch:
        return
    try:
        counts = store.save(list(_geotag(batch, geotagger, store, report)))
    except StoreError as exc:
        report.skipped += [(a.path, f"not saved: {exc}") for a in batch]
        return
    report.stored += counts.stored
    report.unchanged += counts.unchanged
    report.replaced += counts.replaced
    report.retagged += counts.retagged


def _ingest(
    items: Iterator[Article | ArticleReadError],
    store: Store,
    geotagger: Geotagger,
    batch_size: int,
    report: IngestReport,
    on_batch: Callable[[], None],
) -> None:
    batch: list[Article] = []
    for item in items:
        if isinstance(item, ArticleReadError):
            report.skipped.append((_where(item), item.reason))
            continue
        report.read += 1
        report.warnings += [(item.path, w) for w in item.warnings]
        batch.append(item)
        if len(batch) >= batch_size:
            _save(batch, store, geotagger, report)
            batch = []
            on_batch()
    _save(batch, store, geotagger, report)


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
    batch_size: int = 500,
    progress: bool = False,
) -> IngestReport:
    """Ingest files and folders. ``geotagger=None`` uses geoparse over the bundled gazetteer;
    pass :func:`no_geotagger` to store articles without places."""
    report = IngestReport()
    tagger = _resolve(geotagger, report)
    files = list_files(paths)
    with tqdm(
        total=len(files),
        unit="file",
        file=sys.stderr,
        disable=not progress,
        delay=0.5,
        dynamic_ncols=True,
    ) as bar:

        def items() -> Iterator[Article | ArticleReadError]:
            for file in files:
                yield from read_paths([file])
                bar.update(1)

        def on_batch() -> None:
            bar.set_postfix(articles=report.read)

        _ingest(items(), store, tagger, batch_size, report, on_batch)
    return report


def ingest_upload(
    name: str, data: bytes, store: Store, *, geotagger: Geotagger | None = None
) -> IngestReport:
    """Ingest one uploaded file's bytes (the dashboard's uploader)."""
    report = IngestReport()
    tagger = _resolve(geotagger, report)
    _ingest(read_bytes(name, data), store, tagger, 500, report, lambda: None)
    return report
