"""What `collect` has met, in the store's ``collect_urls`` table.

A page URL is *pending* from when a feed, sitemap or URL file names it until it is handled; then
it is done (stored), unchanged, kept out, skipped or failed, with the reason. Feeds and sitemaps
keep the validators of their last answer (ETag, Last-Modified) for a conditional request. Every
change is its own small transaction, so an interrupted run leaves exactly its unhandled URLs
pending for the next.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, insert, select, update

from dashboard.store import schema as s
from dashboard.store.archive import Store

c = s.collect_urls.c
DONE = ("done", "unchanged", "kept_out", "skipped", "failed")


@dataclass(frozen=True, slots=True)
class Seen:
    url: str
    kind: str
    status: str
    reason: str = ""
    canonical_url: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    outlet: str | None = None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Ledger:
    def __init__(self, store: Store):
        self.engine = store.engine

    def get(self, url: str) -> Seen | None:
        query = select(
            c.url, c.kind, c.status, c.reason, c.canonical_url, c.etag, c.last_modified, c.outlet
        ).where(c.url == url)
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return Seen(*row) if row else None

    def add_pending(self, listed: Iterable[tuple[str, str | None, dt.date | None]]) -> int:
        """New page URLs (url, outlet, listed date) become pending; known ones stay as they are."""
        added = 0
        with self.engine.begin() as conn:
            for url, outlet, date in listed:
                if conn.execute(select(c.url).where(c.url == url)).first() is None:
                    row = dict(url=url, kind="page", status="pending", outlet=outlet)
                    conn.execute(
                        insert(s.collect_urls).values(**row, listed_date=date, updated_at=_now())
                    )
                    added += 1
        return added

    def pending(self, limit: int | None = None) -> list[Seen]:
        query = (
            select(
                c.url,
                c.kind,
                c.status,
                c.reason,
                c.canonical_url,
                c.etag,
                c.last_modified,
                c.outlet,
            )
            .where(c.kind == "page", c.status == "pending")
            .order_by(c.updated_at, c.url)
            .limit(limit)
        )
        with self.engine.connect() as conn:
            return [Seen(*row) for row in conn.execute(query)]

    def is_canonical_of_done(self, url: str) -> str | None:
        """A handled page naming ``url`` as its canonical URL (so ``url`` need not be fetched)."""
        query = select(c.url).where(c.canonical_url == url, c.status.in_(("done", "unchanged")))
        with self.engine.connect() as conn:
            return conn.execute(query.limit(1)).scalar()

    def mark(self, url: str, kind: str, status: str, reason: str = "", **fields) -> None:
        """Record what became of ``url`` (inserted when not listed before)."""
        values = dict(kind=kind, status=status, reason=reason, updated_at=_now(), **fields)
        with self.engine.begin() as conn:
            found = conn.execute(select(c.attempts).where(c.url == url)).first()
            if found is None:
                conn.execute(insert(s.collect_urls).values(url=url, attempts=1, **values))
            else:
                conn.execute(
                    update(s.collect_urls)
                    .where(c.url == url)
                    .values(attempts=found[0] + 1, **values)
                )

    def requeue_failed(self) -> int:
        with self.engine.begin() as conn:
            done = conn.execute(
                update(s.collect_urls)
                .where(c.kind == "page", c.status == "failed")
                .values(status="pending", updated_at=_now())
            )
        return done.rowcount

    def count_pending(self) -> int:
        query = select(func.count()).where(c.kind == "page", c.status == "pending")
        with self.engine.connect() as conn:
            return conn.execute(query).scalar_one()
