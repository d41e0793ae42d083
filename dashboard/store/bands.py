"""The stories' LSH index, kept in the store: a table of (band key, article number) rows.

Every grouped article has a number (``articles.seq``, unique, never given twice) and one row in
``story_bands`` per band of its fingerprint (:func:`dashboard.store.stories.band_keys`). The rows
are the table's primary key (key, number), so the articles sharing a key with a new one are an
index range, read by one query per batch: memory stays flat with the archive, and a new process
has nothing to build. Numbers are 4 bytes where an article id would take 16 on every row.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from itertools import count
from typing import Any, NamedTuple

import numpy as np
from sqlalchemy import and_, bindparam, delete, func, insert, select, update
from sqlalchemy.engine import Connection

from dashboard.store import schema as s
from dashboard.store.fingerprint import NUM_PERM

a = s.articles.c
b = s.story_bands.c
SEQ_KEY = "story_seq"  # store_meta: the last number given (numbers are never given again)
CHUNK = 500


class Members(NamedTuple):
    """The stored articles sharing band keys with the batch being grouped, in the order of their
    numbers: their stories and signatures (one row each), and the (band key, row) pairs found."""

    stories: list[str]
    signatures: np.ndarray
    pair_keys: np.ndarray
    pair_rows: np.ndarray


def chunked(conn: Connection, query, column, values: list, size: int = CHUNK):
    """Rows of ``query`` whose ``column`` is in ``values``, a chunk of them per statement (one
    statement, its list bound at run time: no SQL built per chunk)."""
    stmt = query.where(column.in_(bindparam("values", expanding=True)))
    for i in range(0, len(values), size):
        yield from conn.execute(stmt, {"values": values[i : i + size]}).all()


#: Rows whose column is in a list bound as one parameter: SQLite reads it as a JSON array (one
#: prepared statement whatever the length), PostgreSQL as an array.
_IN_LIST = {"sqlite": "IN (SELECT value FROM json_each(?))", "postgresql": "= ANY(%s)"}
_KEYS_SQL = "SELECT key, seq FROM story_bands WHERE key {}"
_MEMBERS_SQL = (
    "SELECT seq, id, story_id, signature FROM articles WHERE signature IS NOT NULL AND seq {} "
    "ORDER BY seq"
)


def _in_list(conn: Connection, sql: str, values: list[int]) -> Sequence[Any]:
    """``sql``'s rows for ``values``, its ``{}`` made "is in this list" (straight to the driver:
    thousands of values a batch, which SQLAlchemy's expanding parameters bind one by one)."""
    if not values:
        return []
    dialect = conn.dialect.name
    bound = json.dumps(values) if dialect == "sqlite" else values
    driver = conn.connection.dbapi_connection
    assert driver is not None  # noqa: S101 - an open connection has one
    cursor = driver.cursor()  # plain tuples, not SQLAlchemy rows
    try:
        cursor.execute(sql.format(_IN_LIST[dialect]), (bound,))
        return cursor.fetchall()
    finally:
        cursor.close()


def members(conn: Connection, keys: set[int]) -> Members:
    """The stored articles with any of these band keys, and which keys each has."""
    pairs = np.array(_in_list(conn, _KEYS_SQL, list(keys)), dtype=np.int64).reshape(-1, 2)
    rows = _in_list(conn, _MEMBERS_SQL, np.unique(pairs[:, 1]).tolist())
    seqs = np.array([r[0] for r in rows], dtype=np.int64)
    at = np.searchsorted(seqs, pairs[:, 1])
    found = at < len(seqs)
    found[found] = seqs[at[found]] == pairs[found, 1]  # a band row of an unsigned article: none
    packed = b"".join([r[3] for r in rows])  # bytes, or memoryviews (PostgreSQL)
    return Members(
        [r[2] or r[1] for r in rows],
        np.frombuffer(packed, dtype="<u2").reshape(len(rows), NUM_PERM),
        pairs[found, 0],
        at[found],
    )


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
    ``executemany`` as plain rows (SQLAlchemy's per-row work cost more than the insert), in
    key order, the table's: each page of it is then visited once (half the time of random order
    at 20,000 articles). The rows are made and sorted in numpy (a Python tuple per row and
    their sort were a third of this)."""
    if not rows:
        return
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    sql = f"INSERT INTO story_bands (key, seq) VALUES ({mark}, {mark})"
    values = _sorted_rows(rows)
    for i in range(0, len(values), 5000):
        conn.exec_driver_sql(sql, values[i : i + 5000])


def _sorted_rows(rows: Sequence[tuple[int, Sequence[int]]]) -> list:
    """Distinct (key, number) rows, by key then number."""
    widths = {len(keys) for _, keys in rows}
    if len(widths) > 1:  # not one layout: a row at a time
        return sorted({(key, seq) for seq, keys in rows for key in keys})
    keys = np.array([keys for _, keys in rows], dtype=np.int64).ravel()
    seqs = np.repeat(np.array([seq for seq, _ in rows], dtype=np.int64), widths.pop())
    order = np.lexsort((seqs, keys))
    keys, seqs = keys[order], seqs[order]
    new = np.ones(len(keys), dtype=bool)
    new[1:] = (keys[1:] != keys[:-1]) | (seqs[1:] != seqs[:-1])
    return list(zip(keys[new].tolist(), seqs[new].tolist(), strict=True))


def drop(conn: Connection, rows: Sequence[tuple[int, Sequence[int]]]) -> None:
    pairs = [{"k": key, "n": seq} for seq, keys in rows for key in set(keys)]
    if pairs:
        where = and_(b.key == bindparam("k"), b.seq == bindparam("n"))
        conn.execute(delete(s.story_bands).where(where), pairs)
