"""Writes that stay right when two processes ingest at once, and the store's version counter.

Two ``ingest`` runs over the same file used to lose whole batches to UNIQUE errors: both read
"not stored yet", both inserted. Now every write transaction first takes the version row's lock
(:func:`lock`: an ``UPDATE`` of ``store_meta``, which SQLite turns into the database write lock and
PostgreSQL into a row lock), so writers queue and each sees what the one before it committed;
and the inserts themselves are ``INSERT … ON CONFLICT`` on both backends, so a row that appeared
meanwhile is kept, not an error.

The version (``store_meta`` key ``version``) is bumped in the same transaction as every write that
changes what the dashboard shows, so a cache keyed on it is never stale, whatever process wrote.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Sequence

from sqlalchemy import Integer, Text, cast, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from dashboard.store import schema as s

VERSION_KEY = "version"
_DIALECT_INSERT = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}


def _insert(conn: Connection, table):
    return _DIALECT_INSERT.get(conn.dialect.name, insert)(table)


def init_version(conn: Connection) -> None:
    insert_new(conn, s.meta, [{"key": VERSION_KEY, "value": "0"}], ["key"])


def read_version(conn: Connection) -> int | None:
    value = conn.execute(select(s.meta.c.value).where(s.meta.c.key == VERSION_KEY)).scalar()
    return None if value is None else int(value)


def lock(conn: Connection) -> None:
    """Take the store's write lock for this transaction (writers queue here)."""
    conn.execute(update(s.meta).where(s.meta.c.key == VERSION_KEY).values(value=s.meta.c.value))


def bump(conn: Connection) -> None:
    """One more version: the dashboard reads the store again."""
    conn.execute(
        update(s.meta)
        .where(s.meta.c.key == VERSION_KEY)
        .values(value=cast(cast(s.meta.c.value, Integer) + 1, Text))
    )


def insert_new(conn: Connection, table, rows: Sequence[dict], keys: Sequence[str]) -> set:
    """Insert the rows whose key is not stored yet; returns the keys inserted (first key only)."""
    if not rows:
        return set()
    stmt = _insert(conn, table)
    if conn.dialect.name not in _DIALECT_INSERT:
        conn.execute(stmt, list(rows))
        return {r[keys[0]] for r in rows}
    stmt = stmt.on_conflict_do_nothing(index_elements=list(keys))
    return set(conn.execute(stmt.returning(table.c[keys[0]]), list(rows)).scalars())


def insert_new_rows(conn: Connection, table, rows: Sequence[dict], key: str) -> set:
    """:func:`insert_new` for many rows (a batch of articles), in one ``executemany`` straight to
    the driver, each value converted as SQLAlchemy would (dates, booleans, binary). When the
    database did not take every row (another writer stored one meanwhile, which the write lock
    rules out for this program's writers), the rows are inserted again through
    :func:`insert_new`, which says which went in."""
    if not rows:
        return set()
    columns = tuple(rows[0])
    sql, convert = _rows_sql(conn.dialect, table, columns, key)
    values = list(map(convert, rows))
    with conn.begin_nested() as savepoint:
        if conn.exec_driver_sql(sql, values).rowcount == len(rows):
            return {row[key] for row in rows}
        savepoint.rollback()
    return insert_new(conn, table, rows, [key])


@functools.lru_cache(maxsize=8)
def _rows_sql(dialect, table, columns: tuple[str, ...], key: str):
    """The INSERT … ON CONFLICT DO NOTHING for these columns, and a row dict's values in their
    order, each through its type's bind processor for this dialect."""
    sql = _tuples_sql(dialect, table.name, columns, (key,))
    getter = operator.itemgetter(*columns)
    processors = [
        (i, proc)
        for i, name in enumerate(columns)
        if (proc := table.c[name].type.dialect_impl(dialect).bind_processor(dialect)) is not None
    ]

    def convert(row: dict) -> tuple:
        values = list(getter(row))
        for i, proc in processors:
            if values[i] is not None:
                values[i] = proc(values[i])
        return tuple(values)

    return sql, convert


def insert_tuples(
    conn: Connection,
    table,
    columns: Sequence[str],
    rows: Sequence[tuple],
    keys: Sequence[str] = (),
) -> None:
    """Insert rows given as tuples in ``columns`` order (those with a stored key left as they
    are) in one ``executemany`` straight to the driver: for bulk tables whose columns need no
    conversion (text, numbers, booleans), it stores what ``conn.execute(insert(table), rows)``
    stores without building each row's parameters in SQLAlchemy."""
    if rows:
        sql = _tuples_sql(conn.dialect, table.name, tuple(columns), tuple(keys))
        conn.exec_driver_sql(sql, list(rows))


@functools.lru_cache(maxsize=32)
def _tuples_sql(dialect, table: str, columns: tuple[str, ...], keys: tuple[str, ...]) -> str:
    marks = ", ".join(["?" if dialect.paramstyle == "qmark" else "%s"] * len(columns))
    names = ", ".join(f'"{name}"' for name in columns)
    conflict = f" ON CONFLICT ({', '.join(keys)}) DO NOTHING" if keys else ""
    return f"INSERT INTO {table} ({names}) VALUES ({marks}){conflict}"


#: A source written again takes the new line and keeps the later run.
_SOURCES_SQL = (
    "INSERT INTO article_sources (file, article_id, line, run) VALUES ({m}, {m}, {m}, {m}) "
    "ON CONFLICT (file, article_id) DO UPDATE SET line = excluded.line, run = CASE WHEN "
    "excluded.run > article_sources.run THEN excluded.run ELSE article_sources.run END"
)


def upsert_sources(conn: Connection, rows: Sequence[tuple[str, str, int | None, str]]) -> None:
    """Write (file, article id, line, run) sources; an existing one takes the new line and keeps
    the later run (so a run that read the file never finds its own records marked as unseen).
    One ``executemany`` straight to the driver (a row a source: every article of a batch)."""
    if rows:
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        conn.exec_driver_sql(_SOURCES_SQL.format(m=mark), list(rows))
