"""Bring a store's schema to this program's revision when the store is opened (Alembic).

The migrations ship inside the package (``dashboard/store/migrations``). Three cases:

* a new, empty database: every migration runs, from the baseline on;
* a store written before migrations existed (tables, ``store_meta`` schema "1", no
  ``alembic_version``): it is stamped with the baseline, which is exactly its schema, then
  upgraded, in place, with nothing lost;
* a store at a revision this program does not know (written by a newer version): refused.

All of it runs in the caller's write transaction: two programs opening one store at once migrate
it once, and a failed migration leaves the store as it was.
"""

from __future__ import annotations

from functools import lru_cache

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, select
from sqlalchemy.engine import Connection

from dashboard.errors import StoreError
from dashboard.store import schema as s

SCRIPTS = "dashboard.store:migrations"
BASELINE = "0001"
PRE_MIGRATION_SCHEMA = "1"  # store_meta "schema" of stores written before migrations


def _config(conn: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", SCRIPTS)
    cfg.attributes["connection"] = conn
    return cfg


@lru_cache(maxsize=1)
def head() -> str:
    found = ScriptDirectory.from_config(_config()).get_current_head()
    if found is None:  # the package shipped without its migrations
        raise StoreError("no schema migrations found in dashboard/store/migrations")
    return found


@lru_cache(maxsize=1)
def known_revisions() -> frozenset[str]:
    return frozenset(r.revision for r in ScriptDirectory.from_config(_config()).walk_revisions())


def current(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(conn: Connection) -> bool:
    """Cheap check for every open: one small query when the store is up to date."""
    return current(conn) != head()


def upgrade(conn: Connection, where: str) -> None:
    """Migrate the store on ``conn`` (inside a write transaction) to this program's head."""
    found = current(conn)
    if found is None and inspect(conn).has_table("articles"):
        _check_pre_migration(conn, where)
        command.stamp(_config(conn), BASELINE)
    elif found is not None and found not in known_revisions():
        raise StoreError(
            f"the store {where!r} has schema revision {found}, written by a newer version of "
            "this program: upgrade the program, or ingest into a new store"
        )
    command.upgrade(_config(conn), "head")


def _check_pre_migration(conn: Connection, where: str) -> None:
    version = conn.execute(select(s.meta.c.value).where(s.meta.c.key == "schema")).scalar()
    if version != PRE_MIGRATION_SCHEMA:
        raise StoreError(
            f"the store {where!r} has schema version {version}; this program reads version "
            f"{PRE_MIGRATION_SCHEMA} and later revisions: ingest into a new file"
        )
