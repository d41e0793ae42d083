"""Test helpers for stores: turning a store back into one written before migrations existed."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from dashboard.store import migrate


def as_before_migrations(store) -> None:
    """Migrate the store down to the baseline and forget Alembic, as today's code left stores."""
    with store.engine.begin() as conn:
        command.downgrade(migrate._config(conn), migrate.BASELINE)
        conn.execute(text("DROP TABLE alembic_version"))
