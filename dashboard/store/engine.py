"""Opening a store's database, and the one way the store writes to it.

Two backends, one code path: SQLite (a file, in WAL mode) and PostgreSQL (through ``psycopg``,
version 3). A ``postgresql://`` or ``postgres://`` URL is sent to psycopg whatever driver it names
(or none). Writers take the store's write lock for their whole transaction, so two ingests at once
queue their batches instead of failing or doubling rows: on SQLite ``BEGIN IMMEDIATE`` (readers go
on reading the last commit, WAL), on PostgreSQL a transaction-level advisory lock (readers are
never blocked, MVCC). The lock is taken before anything is read, so a writer sees what the one
before it committed; a brand-new PostgreSQL database is migrated by one opener at a time too.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError

from dashboard.errors import StoreError

#: The advisory lock the store's writers share on PostgreSQL (any constant; "syria" in ASCII).
WRITE_LOCK_KEY = 0x7379726961
BACKENDS = ("sqlite", "postgresql")
#: SQLite's page cache while writing, and after (SQLite's default), in KiB: with the default, a
#: batch's dirty pages spilled and were read again (about 1 s of system CPU at 20,000 articles).
WRITE_CACHE_KB = 65536
READ_CACHE_KB = 2000


def engine_url(url: str) -> str:
    """A file path → ``sqlite:///path`` (its folder made); a PostgreSQL URL → the psycopg driver."""
    if "://" not in url:
        path = Path(url).expanduser()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"not a database URL: {redact(url)!r}") from exc
    if parsed.get_backend_name() in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in BACKENDS:
        raise StoreError(f"{redact(url)!r}: the store runs on SQLite or PostgreSQL only")
    return parsed.render_as_string(hide_password=False)


def redact(url: str) -> str:
    """The URL with its password hidden, for messages."""
    if "://" not in url:
        return url
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<a database URL>"


def open_engine(url: str) -> Engine:
    engine = create_engine(engine_url(url))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connect(dbapi_conn, _record) -> None:
    dbapi_conn.isolation_level = None  # the driver's own BEGIN off: _sqlite_begin issues it
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=60000")  # a writer waits its turn behind another
    # a new file only (an existing one keeps its size): rows of about a kilobyte waste less of
    # 8 KB pages than of 4 KB ones, ~0.2 KB per article (issue 13's store size); set before WAL,
    # whose switch writes the file's header
    cur.execute("PRAGMA page_size=8192")
    _set_wal(cur)
    for pragma in ("foreign_keys=ON", "synchronous=NORMAL"):
        cur.execute(f"PRAGMA {pragma}")
    cur.close()


def _set_wal(cur: sqlite3.Cursor, tries: int = 200) -> None:
    """Switch the file to WAL. Two processes opening one new file at once both try; SQLite may
    answer "database is locked" at once, without its busy handler, so wait and try again."""
    for attempt in range(tries):
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == tries - 1:
                raise
            time.sleep(0.05)


def _sqlite_begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A write transaction holding the store's write lock (the caller bumps the store's version,
    :mod:`dashboard.store.upsert`, when what it writes changes what the dashboard shows)."""
    with engine.connect() as conn:
        conn.execution_options(sqlite_begin="IMMEDIATE")
        driver = conn.connection.dbapi_connection
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:  # a batch's inserts touch pages all over the tables: keep them in memory
            driver.execute(f"PRAGMA cache_size=-{WRITE_CACHE_KB}")  # type: ignore[union-attr]
        try:
            with conn.begin():
                if not sqlite:
                    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK_KEY})
                yield conn
        finally:
            # the pooled connection goes back to readers with SQLite's default; one that Ctrl-C
            # invalidated mid-statement is closed already and is not pooled again
            if sqlite and not conn.invalidated:
                driver.execute(f"PRAGMA cache_size=-{READ_CACHE_KB}")  # type: ignore[union-attr]
