"""The article store: an embedded SQLite file (WAL mode) through SQLAlchemy Core.

The SQL is portable: pass a ``postgresql://…`` URL instead of a file and the same code runs.
Articles are keyed by their content id, so saving the same content again changes nothing; an
article whose path was stored with other content replaces that older version (with its places and
mentions). :meth:`Store.save` writes a whole batch in one transaction: if it fails, nothing of the
batch is written and everything stored before is intact.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, delete, event, func, insert, or_, select, text, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from dashboard import store_rows as convert
from dashboard import store_schema as s
from dashboard.errors import StoreError
from dashboard.geocode_cache import GeocodeCache
from dashboard.model import Article, Geotag


@dataclass(frozen=True, slots=True)
class SaveCounts:
    stored: int = 0  # new articles
    unchanged: int = 0  # content already stored
    replaced: int = 0  # a path's older content replaced by the new one
    retagged: int = 0  # already stored without places; places added now


def _engine_url(url: str) -> str:
    if "://" in url:
        return url
    path = Path(url).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    for pragma in (
        "journal_mode=WAL",
        "foreign_keys=ON",
        "synchronous=NORMAL",
        "busy_timeout=10000",
    ):
        cur.execute(f"PRAGMA {pragma}")
    cur.close()


class Store:
    """Articles, their places and mentions, and a small geocoding cache."""

    def __init__(self, url: str):
        self.url = str(url)
        try:
            self.engine: Engine = create_engine(_engine_url(self.url))
            self.is_sqlite = self.engine.dialect.name == "sqlite"
            if self.is_sqlite:
                event.listen(self.engine, "connect", _sqlite_pragmas)
            s.metadata.create_all(self.engine)
            self._check_version()
            self.has_fts = self.is_sqlite and self._create_fts()
        except (SQLAlchemyError, OSError) as exc:
            raise StoreError(f"cannot open the store {self.url!r}: {exc}") from exc

    def _check_version(self) -> None:
        with self.engine.begin() as conn:
            found = conn.execute(select(s.meta.c.value).where(s.meta.c.key == "schema")).scalar()
            if found is None:
                conn.execute(insert(s.meta).values(key="schema", value=str(s.SCHEMA_VERSION)))
            elif found != str(s.SCHEMA_VERSION):
                raise StoreError(
                    f"the store {self.url!r} has schema version {found}; this "
                    f"program reads version {s.SCHEMA_VERSION}: ingest into a new "
                    "file"
                )

    def _create_fts(self) -> bool:
        try:
            with self.engine.begin() as conn:
                for ddl in s.FTS_DDL:
                    conn.exec_driver_sql(ddl)
            return True
        except SQLAlchemyError:  # SQLite built without FTS5: search falls back to LIKE
            return False

    def close(self) -> None:
        self.engine.dispose()

    # --- writing -------------------------------------------------------------------------------

    def save(self, items: Sequence[tuple[Article, Geotag | None]]) -> SaveCounts:
        """Store a batch in ONE transaction; counts what was new, unchanged and replaced."""
        if not items:
            return SaveCounts()
        try:
            with self.engine.begin() as conn:
                return self._save(conn, items)
        except SQLAlchemyError as exc:
            raise StoreError(
                f"could not save {len(items)} articles to {self.url!r}: {exc}"
            ) from exc

    def _save(self, conn: Connection, items) -> SaveCounts:
        known, by_path = self._preload(conn, items)
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        counts = {"stored": 0, "unchanged": 0, "replaced": 0, "retagged": 0}
        pending: dict[str, tuple[Article, Geotag | None]] = {}  # inserted together at the end
        for article, geotag in items:
            if article.id in pending:  # twice in one batch: keep one, with places if any
                if geotag is not None and pending[article.id][1] is None:
                    pending[article.id] = (article, geotag)
                    known[article.id] = True
                counts["unchanged"] += 1
                continue
            if article.id in known:
                if geotag is not None and not known[article.id]:
                    self._write_geotag(conn, article.id, geotag)
                    known[article.id] = True
                    counts["retagged"] += 1
                else:
                    counts["unchanged"] += 1
                continue
            older = by_path.get(article.path, set()) - {article.id}
            stored_older = [old for old in older if pending.pop(old, None) is None]
            if stored_older:
                conn.execute(delete(s.articles).where(s.articles.c.id.in_(stored_older)))
            for old in older:
                known.pop(old, None)
            pending[article.id] = (article, geotag)
            known[article.id] = geotag is not None
            by_path[article.path] = {article.id}
            counts["replaced" if older else "stored"] += 1
        self._insert(conn, pending.values(), now)
        return SaveCounts(**counts)

    def _preload(self, conn: Connection, items) -> tuple[dict[str, bool], dict[str, set[str]]]:
        """Stored ids of the batch (→ geotagged?) and the ids stored under its paths."""
        ids = list({a.id for a, _ in items})
        paths = list({a.path for a, _ in items})
        query = select(s.articles.c.id, s.articles.c.geotagged)
        known = {i: bool(g) for i, g in self._chunked(conn, query, s.articles.c.id, ids)}
        by_path: dict[str, set[str]] = {}
        query = select(s.articles.c.id, s.articles.c.path)
        for aid, path in self._chunked(conn, query, s.articles.c.path, paths):
            by_path.setdefault(path, set()).add(aid)
        return known, by_path

    @staticmethod
    def _insert(conn: Connection, items, now: dt.datetime) -> None:
        """Every new article, place and mention in three executemany statements."""
        articles, places, found = [], [], []
        for article, geotag in items:
            articles.append(convert.article_values(article, geotag, now))
            if geotag is not None:
                places += convert.place_values(article.id, geotag)
                found += convert.mention_values(article.id, geotag)
        for table, rows in (
            (s.articles, articles),
            (s.article_places, places),
            (s.mentions, found),
        ):
            if rows:
                conn.execute(insert(table), rows)

    @staticmethod
    def _chunked(conn: Connection, query, column, values: list, size: int = 500):
        for i in range(0, len(values), size):
            yield from conn.execute(query.where(column.in_(values[i : i + size]))).all()

    def _write_places(self, conn: Connection, article_id: str, geotag: Geotag) -> None:
        places = convert.place_values(article_id, geotag)
        if places:
            conn.execute(insert(s.article_places), places)
        found = convert.mention_values(article_id, geotag)
        if found:
            conn.execute(insert(s.mentions), found)

    def _write_geotag(self, conn: Connection, article_id: str, geotag: Geotag) -> None:
        conn.execute(delete(s.article_places).where(s.article_places.c.article_id == article_id))
        conn.execute(delete(s.mentions).where(s.mentions.c.article_id == article_id))
        self._write_places(conn, article_id, geotag)
        conn.execute(
            update(s.articles)
            .where(s.articles.c.id == article_id)
            .values(**convert.geotag_summary(geotag))
        )

    # --- reading -------------------------------------------------------------------------------

    def geotagged(self, article_ids: Iterable[str]) -> dict[str, bool]:
        """Which of these articles are stored, and whether with places (for skipping work)."""
        ids = list(set(article_ids))
        with self.engine.connect() as conn:
            query = select(s.articles.c.id, s.articles.c.geotagged)
            return {i: bool(g) for i, g in self._chunked(conn, query, s.articles.c.id, ids)}

    def count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(s.articles)).scalar_one()

    def article(self, article_id: str) -> Article | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(s.articles).where(s.articles.c.id == article_id)).first()
        return convert.article_from_row(row) if row else None

    def iter_articles(self) -> Iterator[Article]:
        """Every stored article, ordered by path, streamed (not all in memory)."""
        with self.engine.connect() as conn:
            result = conn.execution_options(yield_per=500).execute(
                select(s.articles).order_by(s.articles.c.path, s.articles.c.id)
            )
            for row in result:
                yield convert.article_from_row(row)

    def geotag(self, article_id: str) -> Geotag | None:
        """The stored geotagging result of an article; None if it was stored without one."""
        with self.engine.connect() as conn:
            tagged = conn.execute(
                select(s.articles.c.geotagged).where(s.articles.c.id == article_id)
            ).scalar()
            if not tagged:
                return None
            places = conn.execute(
                select(s.article_places)
                .where(s.article_places.c.article_id == article_id)
                .order_by(s.article_places.c.rank)
            )
            found = conn.execute(
                select(s.mentions)
                .where(s.mentions.c.article_id == article_id)
                .order_by(s.mentions.c.span_start)
            )
            return convert.geotag_from_rows(
                [r._mapping for r in places], [r._mapping for r in found]
            )

    def article_rows(self) -> list[dict]:
        """Flat rows for the dashboard, one SELECT, no body."""
        cols = [s.articles.c[name] for name in s.ARTICLE_ROW_COLUMNS]
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(*cols).order_by(s.articles.c.published, s.articles.c.id)
            ).all()
        out = []
        for r in rows:
            d = dict(zip(s.ARTICLE_ROW_COLUMNS, r, strict=True))
            d["published"] = d["published"].isoformat() if d["published"] else None
            d["weekday_conflict"] = bool(d["weekday_conflict"])
            out.append(d)
        return out

    def place_rows(self) -> list[dict]:
        """One row per (article, place), one SELECT."""
        cols = [s.article_places.c[name] for name in s.PLACE_ROW_COLUMNS]
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(*cols).order_by(s.article_places.c.article_id, s.article_places.c.rank)
            ).all()
        out = []
        for r in rows:
            d = dict(zip(s.PLACE_ROW_COLUMNS, r, strict=True))
            d["in_syria"], d["is_focus"] = bool(d["in_syria"]), bool(d["is_focus"])
            out.append(d)
        return out

    def mention_rows(self, article_id: str) -> list[dict]:
        m = s.mentions.c
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(m.span_start, m.span_end, m.surface, m.place_id, m.confidence)
                .where(m.article_id == article_id)
                .order_by(m.span_start, m.span_end)
            ).all()
        return [
            {"start": a, "end": b, "surface": c, "place_id": d, "confidence": e}
            for a, b, c, d, e in rows
        ]

    def search(self, query: str) -> set[str]:
        """Ids of articles whose title or body holds the query's words (prefix match)."""
        words = re.findall(r"\w+", query)
        if not words:
            with self.engine.connect() as conn:
                return set(conn.execute(select(s.articles.c.id)).scalars())
        with self.engine.connect() as conn:
            if self.has_fts:
                phrase = '"' + " ".join(words).replace('"', '""') + '"*'
                found = conn.execute(text(s.SEARCH_SQL), {"q": phrase}).scalars()
                return set(found)
            needle = query.strip().lower()
            pattern = "%" + re.sub(r"([%_\\])", r"\\\1", needle) + "%"
            cond = or_(
                func.lower(s.articles.c.title).like(pattern, escape="\\"),
                func.lower(s.articles.c.body).like(pattern, escape="\\"),
            )
            return set(conn.execute(select(s.articles.c.id).where(cond)).scalars())

    # --- geocoding cache (geocoding.FallbackCache protocol) ------------------------------------

    def cache_get(self, key: str, default: Any = None) -> Any:
        return GeocodeCache(self.engine).get(key, default)

    def cache_set(self, key: str, value: Any) -> None:
        GeocodeCache(self.engine).set(key, value)

    def geocode_cache(self) -> GeocodeCache:
        """A persistent cache for ``geocoding.OfflineGeocoder(cache=…)``."""
        return GeocodeCache(self.engine)
