"""A `collect` run: list what the sources name, fetch what is pending, ingest each page.

Pages are fetched by a pool of threads (bounded per host by the gate) and ingested one by one in
the calling thread, each through the same path as a saved page (:func:`read_page`, then
:func:`ingest_items`), and recorded in the ledger at once: stopping at any point loses at most
the pages in flight, which stay pending for the next run.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import replace

from tqdm import tqdm

from dashboard.collect.discover import discover
from dashboard.collect.fetch import Fetched, Fetcher, FetchError
from dashboard.collect.report import CollectReport
from dashboard.collect.settings import Settings
from dashboard.collect.sources import Sources
from dashboard.errors import ArticleReadError, KeptOut
from dashboard.model import Article
from dashboard.pipeline import Geotagger, ingest_items, resolve_geotagger
from dashboard.store.archive import Store
from dashboard.store.ledger import Ledger, Seen
from dashboard.text.web.read import read_page
from dashboard.text.web.warc import is_html


class _Pages:
    """What becomes of each fetched page: extracted, ingested, recorded."""

    def __init__(self, store: Store, ledger: Ledger, report: CollectReport, geotagger, since):
        self.store, self.ledger, self.report = store, ledger, report
        self.geotagger, self.since = geotagger, since

    def outcome(self, url: str, status: str, reason: str = "", **fields) -> None:
        r = self.report
        target = {"skipped": r.skipped, "failed": r.failed, "kept_out": r.kept_out}.get(status)
        if target is not None:
            target.append((url, reason))
        r.outcomes[url] = f"{status}: {reason}" if reason else status
        self.ledger.mark(url, "page", status, reason, **fields)

    def handle(self, seen: Seen, got: Fetched | FetchError) -> None:
        if isinstance(got, FetchError):
            self.outcome(seen.url, got.kind, got.reason)
            return
        self.report.fetched += 1
        if not is_html(got.content_type):
            self.outcome(seen.url, "skipped", f"not HTML ({got.content_type or 'no type given'})")
            return
        item = read_page(seen.url, got.body, url=got.url, content_type=got.content_type)
        if isinstance(item, ArticleReadError):
            kept = isinstance(item, KeptOut)
            self.outcome(seen.url, "kept_out" if kept else "skipped", item.reason)
            return
        # the page's own site name first, else the outlet its feed or outlets file names
        outlet = item.outlet if item.page.site_name or not seen.outlet else seen.outlet
        self._ingest(seen.url, replace(item, path=item.page.key or seen.url, outlet=outlet))

    def _ingest(self, url: str, article: Article) -> None:
        canonical, date = article.page.canonical_url, article.published.date
        if self.since and date and date < self.since:
            self.outcome(url, "skipped", f"published {date}, before --since {self.since}")
            return
        result = ingest_items([article], self.store, geotagger=self.geotagger)
        fields = {"canonical_url": canonical, "article_id": article.id}
        self.report.warnings += [(url, w) for _, w in result.warnings]
        if result.kept_out:
            self.outcome(url, "kept_out", result.kept_out[0].reason, **fields)
        elif result.skipped:
            self.outcome(url, "failed", result.skipped[0][1], **fields)
        elif result.stored or result.replaced:
            self.report.new += result.stored
            self.report.replaced += result.replaced
            self.outcome(url, "done", "replaced" if result.replaced else "", **fields)
        else:
            self.report.unchanged += 1
            why = f"same article as {canonical}" if canonical and canonical != url else ""
            self.outcome(url, "unchanged", why or "already stored (same content)", **fields)


def _fetch_all(fetcher: Fetcher, todo: list[Seen], pages: _Pages, workers: int, bar, on_page):
    def fetch(seen: Seen) -> Fetched | FetchError:
        try:
            return fetcher.get(seen.url)
        except FetchError as exc:
            return exc

    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="collect")
    try:
        running = {pool.submit(fetch, seen): seen for seen in todo}
        while running:
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                seen = running.pop(future)
                pages.handle(seen, future.result())
                bar.update(1)
                if on_page:
                    on_page(seen.url)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _known_elsewhere(ledger: Ledger, todo: list[Seen], pages: _Pages) -> list[Seen]:
    """Pending URLs another handled page named as its canonical URL: recorded, not fetched."""
    left = []
    for seen in todo:
        holder = ledger.is_canonical_of_done(seen.url)
        if holder:
            pages.report.unchanged += 1
            pages.outcome(seen.url, "unchanged", f"already stored from {holder} (canonical)")
        else:
            left.append(seen)
    return left


def collect(
    sources: Sources,
    store: Store,
    settings: Settings | None = None,
    *,
    since: dt.date | None = None,
    max_pages: int | None = None,
    retry_failed: bool = False,
    progress: bool = False,
    geotagger: Geotagger | None = None,
    on_page: Callable[[str], None] | None = None,
) -> CollectReport:
    """Collect from ``sources`` into ``store``; the report says what became of every URL."""
    settings = settings or Settings()
    report = CollectReport(warnings=[("sources", p) for p in sources.problems])
    ledger, fetcher = Ledger(store), Fetcher(settings)
    if retry_failed:
        ledger.requeue_failed()
    discover(fetcher, ledger, sources, report, since)
    tagger, why_not = resolve_geotagger(geotagger)
    if why_not:
        report.warnings.append(("geotagger", why_not))
    pages = _Pages(store, ledger, report, tagger, since)
    todo = _known_elsewhere(ledger, ledger.pending(max_pages), pages)
    bar = tqdm(total=len(todo), unit="page", file=sys.stderr, disable=not progress, delay=0.5)
    try:
        _fetch_all(fetcher, todo, pages, settings.workers, bar, on_page)
    except KeyboardInterrupt:
        report.interrupted = True
    finally:
        bar.close()
    report.pending = ledger.count_pending()
    return report
