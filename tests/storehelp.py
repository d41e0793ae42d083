"""Test helpers for stores: turning a store back into one written before migrations existed."""

from __future__ import annotations

import sqlite3

from alembic import command
from sqlalchemy import text

from dashboard.store import migrate


def as_before_migrations(store) -> None:
    """Migrate the store down to the baseline and forget Alembic, as today's code left stores."""
    with store.engine.begin() as conn:
        command.downgrade(migrate._config(conn), migrate.BASELINE)
        conn.execute(text("DROP TABLE alembic_version"))


def mention_table(conn) -> list[tuple]:
    """The rows the mentions table held before migration 0009, from the articles' packed
    mentions: (article_id, place_id, span_start, span_end, surface, confidence, qualifier,
    evidence JSON)."""
    from dashboard.store.mentionpack import FIELDS, unpack

    query = "SELECT id, mentions, title, body FROM articles"
    if not isinstance(conn, sqlite3.Connection):
        query = text(query)
    return [
        (aid, *(m[f] for f in FIELDS))
        for aid, packed, title, body in conn.execute(query)
        for m in unpack(packed, title, body)
    ]
