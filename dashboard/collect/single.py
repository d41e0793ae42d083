"""Add a few pages by URL (the dashboard's "add from URL" box): one `collect` run over them.

The same fetching (robots.txt, pacing, limits), extraction and ingest as `collect`, with one
outcome per URL in the user's order, ready to show.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from dashboard.collect.run import collect
from dashboard.collect.settings import Settings
from dashboard.collect.sources import Listed, Sources
from dashboard.store.archive import Store
from dashboard.store.ledger import Ledger

#: Ledger statuses shown to the user (Indonesian, as the dashboard is).
SAID = {
    "done": "tersimpan",
    "unchanged": "sudah ada",
    "kept_out": "tidak dimasukkan",
    "skipped": "dilewati",
    "failed": "gagal",
}


@dataclass(frozen=True, slots=True)
class UrlOutcome:
    url: str
    ok: bool
    message: str


def split_urls(text: str) -> tuple[list[str], list[str]]:
    """http(s) URLs one a line (or separated by spaces), each once; and the other words."""
    urls, bad = [], []
    for word in text.split():
        if word.startswith(("http://", "https://")):
            if word not in urls:
                urls.append(word)
        else:
            bad.append(word)
    return urls, bad


def _outcome(url: str, said: str | None, ledger: Ledger) -> UrlOutcome:
    if said is None:  # handled by an earlier run: nothing fetched now
        seen = ledger.get(url)
        status, reason = (seen.status, seen.reason) if seen else ("failed", "not fetched")
    else:
        status, _, reason = said.partition(": ")
    message = f"{url}: {SAID.get(status, status)}" + (f" ({reason})" if reason else "")
    return UrlOutcome(url, status in ("done", "unchanged"), message)


def add_urls(
    urls: list[str],
    store: Store,
    settings: Settings | None = None,
    on_page: Callable[[str], None] | None = None,
) -> list[UrlOutcome]:
    report = collect(
        Sources(pages=tuple(Listed(u) for u in urls)),
        store,
        settings or Settings.from_env(),
        retry_failed=True,
        on_page=on_page,
    )
    ledger = Ledger(store)
    return [_outcome(url, report.outcomes.get(url), ledger) for url in urls]
