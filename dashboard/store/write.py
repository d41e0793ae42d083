"""Writing to the store: a batch of articles, where each was read, and what an edit leaves behind.

An article is stored once per content (its id) and keeps every place it was read from, its
*sources*: a file, and the line of an export record. The rules:

* the same content again is unchanged (if it moved to another line of the same file, its path
  follows);
* a whole file (a ``.txt``, a lone ``.json`` object) holds one article: new content for it drops
  the file's other sources at once;
* an export's records are reconciled once the whole file has been read without a problem:
  :func:`remove_unseen` drops the sources of that file which that ingest run did not see again
  (an edited record's old content, a deleted record);
* an article left without any source is deleted, with its places and mentions. Where a new
  article took its place in the same file, that counts as *replaced*, else as *removed*.
"""

from __future__ import annotations

import datetime as dt
import operator
import os
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import and_, bindparam, delete, insert, select, update
from sqlalchemy.engine import Connection

from dashboard.model import Article, Geotag
from dashboard.store import rows as convert
from dashboard.store import schema as s
from dashboard.store import search, stories, upsert
from dashboard.store.rows import Prepared

src = s.article_sources.c


@dataclass(frozen=True, slots=True)
class SaveCounts:
    stored: int = 0  # new articles
    unchanged: int = 0  # content already stored
    replaced: int = 0  # an older version, no longer in its file, gave way to a new one
    retagged: int = 0  # already stored without places; places added now
    removed: int = 0  # deleted: no longer in any file, and nothing new in its place
    new_by_file: Mapping[str, int] = field(default_factory=dict, compare=False)


def split_path(path: str) -> tuple[str, int | None]:
    """``"/x/feed.jsonl:12"`` → (``"/x/feed.jsonl"``, 12); a whole file's path → (path, None)."""
    head, sep, tail = path.rpartition(":")
    if sep and head and tail.isdigit():
        return head, int(tail)
    return path, None


def join_path(file: str, line: int | None) -> str:
    return file if line is None else f"{file}:{line}"


def new_run() -> str:
    """A token for one ingest run; later runs sort after earlier ones."""
    return f"{time.time_ns():020d}-{os.getpid()}"


def chunked(conn: Connection, query, column, values: list, size: int = 500):
    for i in range(0, len(values), size):
        yield from conn.execute(query.where(column.in_(values[i : i + size]))).all()


@dataclass
class _Batch:
    """What one save decides before it writes."""

    known: dict[str, tuple[bool, str]]  # stored id → (geotagged, display path)
    held: dict[str, set[str]]  # whole file → ids stored from it
    pending: dict[str, tuple[Article, Prepared | None]] = field(default_factory=dict)
    seen: dict[tuple[str, str], int | None] = field(default_factory=dict)  # (file, id) → line
    dropped: set[tuple[str, str]] = field(default_factory=set)  # (file, id) sources to delete
    moved: dict[str, str] = field(default_factory=dict)  # id → new display path
    retag: dict[str, Prepared] = field(default_factory=dict)
    counts: Counter = field(default_factory=Counter)
    new_by_file: Counter = field(default_factory=Counter)

    def add(self, article: Article, geotag: Prepared | None) -> None:
        file, line = split_path(article.path)
        if line is None:  # a whole file holds one article: the file's other contents are gone
            for old in self.held.get(file, set()) - {article.id}:
                self.dropped.add((file, old))
                self.seen.pop((file, old), None)
            self.held[file] = set()
        self.held.get(file, set()).add(article.id)
        self.seen.setdefault((file, article.id), line)
        if article.id in self.pending:  # twice in one batch: keep one, with places if any
            if geotag is not None and self.pending[article.id][1] is None:
                self.pending[article.id] = (article, geotag)
            self.counts["unchanged"] += 1
        elif article.id in self.known:
            self._again(article, geotag, file)
        else:
            self.pending[article.id] = (article, geotag)
            self.counts["stored"] += 1
            self.new_by_file[file] += 1

    def _again(self, article: Article, geotag: Prepared | None, file: str) -> None:
        tagged, path = self.known[article.id]
        if path != article.path and split_path(path)[0] == file:  # moved within its file
            self.moved[article.id] = path = article.path
        if geotag is not None and not tagged and article.id not in self.retag:
            self.retag[article.id] = geotag
            self.counts["retagged"] += 1
        else:
            self.counts["unchanged"] += 1
        self.known[article.id] = (tagged or geotag is not None, path)


def save_batch(
    conn: Connection,
    items: Sequence[tuple[Article, Geotag | Prepared | None]],
    run: str,
    now: dt.datetime,
    prints: Mapping | None = None,
) -> SaveCounts:
    """Store a batch (in the caller's transaction) and count what happened; new articles join
    the story of a stored near-duplicate (see :mod:`dashboard.store.stories`; ``prints``: their
    fingerprints when already computed, by id). A geotag may come as its rows already made
    (:class:`~dashboard.store.rows.Prepared`, by ingest's workers)."""
    upsert.lock(conn)  # writers queue: what another process committed is seen below
    stories.backfill(conn)
    batch = _Batch(*_preload(conn, items))
    for article, geotag in items:
        batch.add(
            article, convert.prepare(article, geotag) if isinstance(geotag, Geotag) else geotag
        )
    bodies = ((a.id, a.body) for a, _ in batch.pending.values())
    grouped = stories.group(conn, bodies, prints)
    inserted = _insert(conn, batch.pending.values(), now, grouped.columns)
    stories.index(conn, grouped, inserted)
    raced = set(batch.pending) - inserted
    for article_id in raced:  # stored by another process meanwhile: unchanged here
        batch.counts["stored"] -= 1
        batch.counts["unchanged"] += 1
        batch.new_by_file[split_path(batch.pending[article_id][0].path)[0]] -= 1
    for article_id, geotag in batch.retag.items():
        _write_geotag(conn, article_id, geotag)
    if batch.moved:
        conn.execute(
            update(s.articles).where(s.articles.c.id == bindparam("aid")),
            [{"aid": i, "path": p} for i, p in batch.moved.items()],
        )
    _write_sources(conn, batch.seen, batch.dropped, run)
    deleted = _forget(conn, batch.dropped)
    if set(batch.pending) - raced or batch.retag or batch.moved or batch.dropped:
        upsert.bump(conn)
    return _settle(batch.counts, batch.new_by_file, deleted)


def _settle(counts: Counter, new_by_file: Mapping[str, int], deleted: Counter) -> SaveCounts:
    """Deleted articles count as replaced where their file got new ones, else as removed."""
    for file, n in deleted.items():
        replaced = min(n, new_by_file.get(file, 0))
        counts["stored"] -= replaced
        counts["replaced"] += replaced
        counts["removed"] += n - replaced
    return SaveCounts(**counts, new_by_file=dict(new_by_file))


def _preload(conn: Connection, items) -> tuple[dict, dict]:
    ids = list({a.id for a, _ in items})
    query = select(s.articles.c.id, s.articles.c.geotagged, s.articles.c.path)
    known = {i: (bool(g), p) for i, g, p in chunked(conn, query, s.articles.c.id, ids)}
    whole = list({f for f, line in (split_path(a.path) for a, _ in items) if line is None})
    held: dict[str, set[str]] = {}
    for file, aid in chunked(conn, select(src.file, src.article_id), src.file, whole):
        held.setdefault(file, set()).add(aid)
    return known, held


def _insert(
    conn: Connection, items: Iterable[tuple[Article, Prepared | None]], now, grouped: dict
) -> set[str]:
    """Every new article (its mentions packed in it), place and page in three executemany
    statements; returns the ids inserted (an article another process stored meanwhile is left as
    it is, with its places and page)."""
    prepared = [(a, p or convert.prepare(a, None)) for a, p in items]
    indexed = conn.dialect.name == "postgresql"  # see dashboard.store.search
    rows = []
    for _, p in prepared:
        row = {**p.columns, "ingested_at": now, **grouped[p.columns["id"]]}
        row["search_doc"] = search.document(row["title"], row["body"]) if indexed else None
        rows.append(row)
    before = search.last_rowid(conn) if rows else None
    inserted = upsert.insert_new_rows(conn, s.articles, rows, "id")
    search.index_new(conn, before)
    places, pages = [], []
    for article, p in prepared:
        if article.id not in inserted:
            continue
        page = convert.page_values(article)
        if page is not None:
            pages.append(page)
        places += p.places
    places.sort(key=_PLACE_KEY)  # in the order of the table's key: fewer pages visited
    upsert.insert_tuples(
        conn, s.article_places, convert.PLACE_COLUMNS, places, ("article_id", "place_id")
    )
    if pages:
        conn.execute(insert(s.article_pages), pages)
    return inserted


_PLACE_KEY = operator.itemgetter(0, 1)  # article_places rows: (article id, place id)


def _write_geotag(conn: Connection, article_id: str, geotag: Prepared) -> None:
    conn.execute(delete(s.article_places).where(s.article_places.c.article_id == article_id))
    upsert.insert_tuples(conn, s.article_places, convert.PLACE_COLUMNS, geotag.places)
    summary = {name: geotag.columns[name] for name in convert.SUMMARY_COLUMNS}
    conn.execute(update(s.articles).where(s.articles.c.id == article_id).values(**summary))


def _write_sources(conn: Connection, seen: dict, dropped: set, run: str) -> None:
    """Sources seen now are (re)written with this run; dropped ones are deleted."""
    pairs = [{"f": f, "a": a} for f, a in dropped - set(seen)]
    if pairs:
        where = and_(src.file == bindparam("f"), src.article_id == bindparam("a"))
        conn.execute(delete(s.article_sources).where(where), pairs)
    upsert.upsert_sources(conn, [(f, a, n, run) for (f, a), n in seen.items()])


def _forget(conn: Connection, dropped: Iterable[tuple[str, str]]) -> Counter:
    """Delete the articles of these lost sources that have no source left; re-point the rest.

    Returns how many were deleted, by the file they were lost from.
    """
    lost = dict((aid, file) for file, aid in dropped)
    if not lost:
        return Counter()
    ids = list(lost)
    alive = {a for (a,) in chunked(conn, select(src.article_id).distinct(), src.article_id, ids)}
    gone = [i for i in ids if i not in alive]
    stories.forget(conn, gone)
    for i in range(0, len(gone), 500):
        conn.execute(delete(s.articles).where(s.articles.c.id.in_(gone[i : i + 500])))
    _repoint(conn, [(a, lost[a]) for a in alive])
    return Counter(lost[a] for a in gone)


def _repoint(conn: Connection, survivors: list[tuple[str, str]]) -> None:
    """An article shown at a file it is no longer in is shown at one of its other sources."""
    for article_id, file in survivors:
        path = conn.execute(select(s.articles.c.path).where(s.articles.c.id == article_id))
        if split_path(path.scalar_one())[0] != file:
            continue
        first = conn.execute(
            select(src.file, src.line)
            .where(src.article_id == article_id)
            .order_by(src.file, src.line)
            .limit(1)
        ).one()
        conn.execute(
            update(s.articles)
            .where(s.articles.c.id == article_id)
            .values(path=join_path(first.file, first.line))
        )


def remove_unseen(conn: Connection, file: str, run: str) -> int:
    """Drop ``file``'s sources that ingest run ``run`` did not read; how many articles went."""
    upsert.lock(conn)
    query = select(src.article_id).where(src.file == file, src.run < run)
    lost = [(file, aid) for (aid,) in conn.execute(query)]
    if not lost:
        return 0
    conn.execute(delete(s.article_sources).where(src.file == file, src.run < run))
    gone = sum(_forget(conn, lost).values())
    upsert.bump(conn)
    return gone


def backfill_sources(conn: Connection) -> None:
    """A store written before sources were kept: each article's source is its path."""
    flag = select(s.meta.c.value).where(s.meta.c.key == "sources")
    if conn.execute(flag).scalar() is not None:
        return
    has_source = select(src.article_id).where(src.article_id == s.articles.c.id).exists()
    rows = conn.execute(select(s.articles.c.id, s.articles.c.path).where(~has_source)).all()
    values = [
        {"file": f, "article_id": aid, "line": n, "run": ""}
        for aid, (f, n) in ((aid, split_path(path)) for aid, path in rows)
    ]
    for i in range(0, len(values), 500):
        conn.execute(insert(s.article_sources), values[i : i + 500])
    conn.execute(insert(s.meta).values(key="sources", value="1"))
