"""The article store: SQLite (a file, WAL mode) or PostgreSQL, through SQLAlchemy Core.

One schema and one code path for both backends (see :mod:`dashboard.store.engine`); the schema is
brought to this program's revision by Alembic when the store is opened
(:mod:`dashboard.store.migrate`). Articles are keyed by their content id, so saving the same
content again changes nothing; each remembers the files (and lines) it was read from, and an
edited file's older content goes when no file holds it any more (see :mod:`dashboard.store.write`
for the rules). :meth:`Store.save` writes a whole batch in one transaction under the store's write
lock: if it fails, nothing of the batch is written and everything stored before is intact; two
ingests at once take turns batch by batch.
"""

from __future__ import annotations

import datetime as dt
import gzip
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict

from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from dashboard.errors import StoreError
from dashboard.model import Article, Geotag
from dashboard.rowtypes import ArticleRow, PlaceRow
from dashboard.store import (
    corrected,
    listing,
    mentionpack,
    migrate,
    review,
    search,
    stories,
    upsert,
    write,
)
from dashboard.store import corrections as fixes
from dashboard.store import engine as db
from dashboard.store import rows as convert
from dashboard.store import schema as s
from dashboard.store.cache import GeocodeCache
from dashboard.store.corrections import Correction
from dashboard.store.location import is_database_url, redact_url, scrub
from dashboard.store.write import SaveCounts

__all__ = ["SaveCounts", "Store", "is_database_url"]


class Store:
    """Articles, their places and mentions, and a small geocoding cache."""

    def __init__(self, url: str):
        self.url = str(url)
        self.label = redact_url(self.url)  # what messages show: never the password
        self.where = self.label
        try:
            self.engine: Engine = db.open_engine(self.url)
            self.backend = self.engine.dialect.name
            self.is_sqlite = self.backend == "sqlite"
            self._migrate()
            with self.engine.connect() as conn:
                self.has_fts = not self.is_sqlite or search.has_fts5(conn)
        except (SQLAlchemyError, OSError, ImportError) as exc:  # ImportError: no driver
            raise self._error(f"cannot open the store {self.label!r}", exc) from exc

    def _error(self, what: str, exc: Exception) -> StoreError:
        """A short StoreError: the database's own message (not the SQL statement and its
        parameters, which hold article text), with no password in it."""
        orig = getattr(exc, "orig", None) or exc
        lines = str(orig).strip().splitlines() or [type(orig).__name__]
        return StoreError(f"{what}: {scrub(lines[0], self.url)}")

    def _migrate(self) -> None:
        with self.engine.connect() as conn:
            if not migrate.needs_upgrade(conn):
                return
        with db.writing(self.engine) as conn:
            migrate.upgrade(conn, self.where)
            write.backfill_sources(conn)
            upsert.init_version(conn)

    def close(self) -> None:
        self.engine.dispose()

    # --- writing -------------------------------------------------------------------------------

    def save(
        self,
        items: Sequence[tuple[Article, Geotag | None]],
        *,
        run: str | None = None,
        prints: Mapping[str, stories.Print | None] | None = None,
    ) -> SaveCounts:
        """Store a batch in ONE transaction; counts what was new, unchanged and replaced.

        ``run`` names the ingest run the batch belongs to (see :meth:`remove_unseen`);
        ``prints`` are story fingerprints already made, by article id (ingest's workers).
        """
        if not items:
            return SaveCounts()
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        try:
            with db.writing(self.engine) as conn:
                return write.save_batch(conn, items, run or write.new_run(), now, prints)
        except SQLAlchemyError as exc:
            raise self._error(
                f"could not save {len(items)} articles to {self.label!r}", exc
            ) from exc

    def remove_unseen(self, file: str, run: str) -> int:
        """After ``file`` was read whole in ingest run ``run``: forget what it no longer holds.

        Returns how many articles were deleted (those no other file holds).
        """
        try:
            with db.writing(self.engine) as conn:
                return write.remove_unseen(conn, file, run)
        except SQLAlchemyError as exc:
            raise self._error(f"could not update {file!r} in {self.label!r}", exc) from exc

    # --- reading -------------------------------------------------------------------------------

    def geotagged(self, article_ids: Iterable[str]) -> dict[str, bool]:
        """Which of these articles are stored, and whether with places (for skipping work)."""
        ids = list(set(article_ids))
        with self.engine.connect() as conn:
            query = select(s.articles.c.id, s.articles.c.geotagged)
            return {i: bool(g) for i, g in write.chunked(conn, query, s.articles.c.id, ids)}

    def version(self) -> int:
        """A counter bumped in the same transaction as every write that changes what is shown:
        the dashboard's cache key (any process's write changes it)."""
        with self.engine.connect() as conn:
            return upsert.read_version(conn) or 0

    def count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(s.articles)).scalar_one()

    def article(self, article_id: str) -> Article | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(s.articles).where(s.articles.c.id == article_id)).first()
        return convert.article_from_row(row) if row else None

    def page_html(self, article_id: str) -> bytes | None:
        """The raw HTML of the page an article was extracted from (None: not from a page)."""
        query = select(s.article_pages.c.html_gz).where(s.article_pages.c.article_id == article_id)
        with self.engine.connect() as conn:
            packed = conn.execute(query).scalar()
        return gzip.decompress(packed) if packed is not None else None

    def geotag(self, article_id: str) -> Geotag | None:
        """The stored geotagging result of an article; None if it was stored without one."""
        a = s.articles.c
        with self.engine.connect() as conn:
            row = conn.execute(
                select(a.geotagged, a.mentions, a.title, a.body).where(a.id == article_id)
            ).first()
            if row is None or not row.geotagged:
                return None
            places = [
                r._mapping
                for r in conn.execute(
                    select(s.article_places)
                    .where(s.article_places.c.article_id == article_id)
                    .order_by(s.article_places.c.rank)
                )
            ]
            ids = [p["place_id"] for p in places]
            found = mentionpack.unpack(row.mentions, row.title, row.body, ids)
            return convert.geotag_from_rows(places, found)

    def article_rows(self, ids: Iterable[str] | None = None) -> list[ArticleRow]:
        """Typed rows for the dashboard (no body): all, or those of ``ids`` in that order."""
        with self.engine.connect() as conn:
            return listing.article_rows(conn, ids)

    def place_rows(self, article_ids: Iterable[str] | None = None) -> list[PlaceRow]:
        """One typed row per (article, place): all, or those of ``article_ids``.

        ``name`` is the stored canonical name. The Indonesian display name (``name_id``) is not
        stored: the view adds it from the gazetteer when it reads the rows.
        """
        with self.engine.connect() as conn:
            return listing.place_rows(conn, article_ids)

    def engine_rows(self) -> tuple[Sequence, Sequence, Sequence]:
        """The columns the dashboard's view engine holds (see :mod:`dashboard.store.columns`)."""
        with self.engine.connect() as conn:
            return listing.engine_rows(conn)

    def shown_engine_rows(self) -> tuple[Sequence, Sequence, Sequence, set[tuple[str, str]]]:
        """:meth:`engine_rows` with the analysts' corrections applied, and the analyst-confirmed
        (article, place) links: what the map, the counts and the filters use."""
        with self.engine.connect() as conn:
            return corrected.engine_rows(conn)

    def shown_rows(self, ids: Iterable[str]) -> tuple[list[ArticleRow], list[PlaceRow]]:
        """:meth:`article_rows` and :meth:`place_rows` of ``ids`` with the analysts' corrections
        applied: what the cards, the open article and the exports show."""
        ids = list(ids)
        with self.engine.connect() as conn:
            articles = listing.article_rows(conn, ids)
            return corrected.rows_of(conn, articles, listing.place_rows(conn, ids))

    def shown_articles(self, ids: Iterable[str]) -> list[ArticleRow]:
        """The article rows of :meth:`shown_rows` alone (no place row is built for an article
        no correction touches)."""
        with self.engine.connect() as conn:
            return corrected.articles_of(conn, listing.article_rows(conn, list(ids)))

    def mention_rows(self, article_id: str) -> list[dict]:
        a, p = s.articles.c, s.article_places.c
        with self.engine.connect() as conn:
            row = conn.execute(
                select(a.mentions, a.title, a.body).where(a.id == article_id)
            ).first()
            ids = conn.execute(
                select(p.place_id).where(p.article_id == article_id).order_by(p.rank)
            ).scalars()
            found = mentionpack.unpack(*row, list(ids)) if row is not None else []
        found.sort(key=lambda m: (m["span_start"], m["span_end"], m["place_id"]))
        return [
            {
                "start": m["span_start"],
                "end": m["span_end"],
                "surface": m["surface"],
                "place_id": m["place_id"],
                "confidence": m["confidence"],
            }
            for m in found
        ]

    def search(self, query: str) -> set[str]:
        """Ids of articles whose title or body holds the query's words (prefix match)."""
        with self.engine.connect() as conn:
            return search.matching(conn, query, fts=self.has_fts)

    # --- analysts' corrections (see dashboard.store.corrections) -------------------------------

    def corrections(self) -> list[Correction]:
        """The whole correction log, oldest first."""
        with self.engine.connect() as conn:
            return review.read_log(conn)

    def review_version(self, article_id: str) -> int:
        with self.engine.connect() as conn:
            return review.version(conn, article_id)

    def correct(self, entry: Correction, expected_version: int | None) -> Correction:
        """Append a correction made on ``expected_version`` (None: whatever the version)."""
        try:
            with db.writing(self.engine) as conn:
                saved = review.append(conn, entry, expected_version)
                upsert.bump(conn)  # the dashboard shows it on the next page view
                return saved
        except SQLAlchemyError as exc:
            raise StoreError(f"could not save the correction in {self.where!r}: {exc}") from exc

    def import_corrections(self, lines: Iterable[str], where: str) -> tuple[int, int]:
        """Add the entries of a JSON Lines export; (added, already here)."""
        entries = list(review.from_jsonl(lines, where))
        with db.writing(self.engine) as conn:
            counts = review.import_log(conn, entries)
            upsert.bump(conn)
            return counts

    def corrected_rows(self) -> tuple[list[dict], list[dict]]:
        """article_rows() and place_rows(), as dicts, with every correction in force applied."""
        articles = [asdict(r) for r in self.article_rows()]
        applied = self._applied(articles, [asdict(r) for r in self.place_rows()])
        return applied.articles, applied.places

    def correction_log(self, article_id: str) -> list[tuple[Correction, str]]:
        """An article's corrections (its earlier versions' too), each with what became of it."""
        articles = [asdict(r) for r in self.article_rows([article_id])]
        places = [asdict(r) for r in self.place_rows([article_id])]
        applied = self._applied(articles, places)
        log = fixes.for_articles(self.corrections(), articles).get(article_id, [])
        return [(c, applied.status[c.id]) for c in log]

    def _applied(self, articles: list[dict], places: list[dict]) -> fixes.Applied:
        log = self.corrections()
        grouped = fixes.for_articles(log, articles)
        texts = {}
        for aid, entries in grouped.items():
            found = self.article(aid) if any(c.anchor for c in entries) else None
            if found is not None:
                texts[aid] = found.text
        return fixes.apply(articles, places, log, texts)

    # --- geocoding cache ------------------------------------------------------------------------

    def geocode_cache(self) -> GeocodeCache:
        """A persistent cache for ``geocoding.OfflineGeocoder(cache=…)``."""
        return GeocodeCache(self.engine)
