"""Read the feeds and sitemaps (conditionally, with their last ETag/Last-Modified) and list the
pages they name as pending in the ledger."""

from __future__ import annotations

import datetime as dt

from dashboard.collect.fetch import Fetcher, FetchError
from dashboard.collect.report import CollectReport
from dashboard.collect.sources import Listed, Sources, parse_feed, parse_sitemap
from dashboard.store.ledger import Ledger

MAX_SITEMAPS = 200  # one run reads at most this many sitemaps from an index


def _validators(ledger: Ledger, url: str) -> dict[str, str]:
    seen = ledger.get(url)
    found: dict[str, str] = {}
    if seen and seen.kind == "sitemapindex":
        return found  # an index may stay the same while the sitemaps it names change
    if seen and seen.etag:
        found["If-None-Match"] = seen.etag
    if seen and seen.last_modified:
        found["If-Modified-Since"] = seen.last_modified
    return found


def _read_list(fetcher: Fetcher, ledger: Ledger, url: str, kind: str, report: CollectReport):
    """The body of a feed or sitemap, or None when unchanged since last time or failed."""
    try:
        got = fetcher.get(url, _validators(ledger, url))
    except FetchError as exc:
        report.failed.append((url, f"{kind}: {exc.reason}"))
        ledger.mark(url, kind, "failed", exc.reason)
        return None
    if got.status == 304:
        report.lists_unchanged += 1
        ledger.mark(url, kind, "unchanged")
        return None
    report.lists_read += 1
    validators = {
        "etag": got.headers.get("etag"),
        "last_modified": got.headers.get("last-modified"),
    }
    ledger.mark(url, kind, "done", **validators)
    return got.body


def discover(
    fetcher: Fetcher, ledger: Ledger, sources: Sources, report: CollectReport, since: dt.date | None
) -> None:
    listed: list[Listed] = list(sources.pages)
    for url, outlet in sources.feeds:
        body = _read_list(fetcher, ledger, url, "feed", report)
        if body is not None:
            try:
                listed += parse_feed(body, outlet)
            except ValueError as exc:
                report.failed.append((url, f"feed: {exc}"))
    queue = list(sources.sitemaps)
    for _ in range(MAX_SITEMAPS):
        if not queue:
            break
        url, outlet = queue.pop(0)
        body = _read_list(fetcher, ledger, url, "sitemap", report)
        if body is None:
            continue
        try:
            found = parse_sitemap(body, outlet)
        except ValueError as exc:
            report.failed.append((url, f"sitemap: {exc}"))
            continue
        listed += found.pages
        if found.children:
            ledger.mark(url, "sitemapindex", "done")
        queue += [(child, outlet) for child in found.children]
    _list(ledger, listed, report, since)


def _list(ledger: Ledger, listed: list[Listed], report: CollectReport, since) -> None:
    fresh = [x for x in listed if since is None or x.date is None or x.date >= since]
    old = len(listed) - len(fresh)
    if old:
        report.skipped.append((f"{old} listed pages", f"dated before --since {since}"))
    report.listed_new += ledger.add_pending((x.url, x.outlet, x.date) for x in fresh)
