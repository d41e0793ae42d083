"""The stories' LSH index, kept in the store: a table of (band key, article number) rows.

Every grouped article has a number (``articles.seq``, unique, never given twice) and one row in
``story_bands`` per band of its fingerprint (:func:`dashboard.store.stories.band_keys`). The rows
are the table's primary key (key, number), so the articles sharing a key with a new one are an
index range, read by one query per batch: memory stays flat with the archive, and a new process
has nothing to build. Numbers are 4 bytes where an article id would take 16 on every row.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import count

from sqlalchemy import and_, bindparam, delete, func, insert, select, update
from sqlalchemy.engine import Connection

from dashboard.store import schema as s

a = s.articles.c
b = s.story_bands.c
SEQ_KEY = "story_seq"  # store_meta: the last number given (numbers are never given again)
CHUNK = 500


@dataclass(frozen=True, slots=True)
class Member:
    """A stored article sharing band keys with the batch being grouped."""

    article_id: str
    story: str
    signature: bytes
    keys: tuple[int, ...]  # those of its keys the batch asked for


def chunked(conn: Connection, query, column, values: list, size: int = CHUNK):
    """Rows of ``query`` whose ``column`` is in ``values``, a chunk of them per statement (one
    statement, its list bound at run time: no SQL built per chunk)."""
    stmt = query.where(column.in_(bindparam("values", expanding=True)))
    for i in range(0, len(values), size):
        yield from conn.execute(stmt, {"values": values[i : i + size]}).all()


def members(conn: Connection, keys: set[int]) -> list[Member]:
    """The stored articles with any of these band keys, each with the keys it has."""
    matched: dict[int, list[int]] = {}
    for key, seq in chunked(conn, select(b.key, b.seq), b.key, sorted(keys)):
        matched.setdefault(seq, []).append(key)
    query = select(a.seq, a.id, a.story_id, a.signature).where(a.signature.is_not(None))
    found = chunked(conn, query, a.seq, sorted(matched))
    return [
        Member(aid, story or aid, bytes(packed), tuple(matched[seq]))
        for seq, aid, story, packed in sorted(found)
    ]


def take_seqs(conn: Connection, n: int) -> Iterator[int]:
    """``n`` new article numbers (under the write lock): after the last given and any stored."""
    mark = select(s.meta.c.value).where(s.meta.c.key == SEQ_KEY)
    last = conn.execute(mark).scalar()
    highest = conn.execute(select(func.max(a.seq))).scalar() or 0
    first = max(int(last or 0), highest) + 1
    if n:
        if last is None:
            conn.execute(insert(s.meta).values(key=SEQ_KEY, value=str(first + n - 1)))
        else:
            stmt = update(s.meta).where(s.meta.c.key == SEQ_KEY)
            conn.execute(stmt.values(value=str(first + n - 1)))
    return count(first)


def put(conn: Connection, rows: Sequence[tuple[int, Sequence[int]]]) -> None:
    """Band rows of (article number, its keys): 32 an article, handed to the driver's
    ``executemany`` as plain tuples (SQLAlchemy's per-row work cost more than the insert)."""
    values = [(key, seq) for seq, keys in rows for key in set(keys)]
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    sql = f"INSERT INTO story_bands (key, seq) VALUES ({mark}, {mark})"
    for i in range(0, len(values), 5000):
        conn.exec_driver_sql(sql, values[i : i + 5000])


def drop(conn: Connection, rows: Sequence[tuple[int, Sequence[int]]]) -> None:
    pairs = [{"k": key, "n": seq} for seq, keys in rows for key in set(keys)]
    if pairs:
        where = and_(b.key == bindparam("k"), b.seq == bindparam("n"))
        conn.execute(delete(s.story_bands).where(where), pairs)
