"""Test helpers for stores: turning a store back into one written before migrations existed."""

from __future__ import annotations

import datetime as dt
import json
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
    ranked = "SELECT article_id, place_id FROM article_places ORDER BY article_id, rank"
    if not isinstance(conn, sqlite3.Connection):
        query, ranked = text(query), text(ranked)
    places: dict[str, list[str]] = {}
    for aid, place_id in conn.execute(ranked):
        places.setdefault(aid, []).append(place_id)
    return [
        (aid, *(m[f] for f in FIELDS))
        for aid, packed, title, body in list(conn.execute(query))
        for m in unpack(packed, title, body, places.get(aid, []))
    ]


def articles_as_before(raw: sqlite3.Connection, names: list[str]) -> list[tuple]:
    """The articles' columns ``names`` as stored before migration 0010: the date evidence,
    candidates and event dates whole again (dashboard.store.datepack)."""
    from dashboard.model import article_text
    from dashboard.store import datepack

    extra = ["title", "body", "published_evidence_start", "published_evidence_end"]
    query = f"SELECT {', '.join(names + extra)} FROM articles"  # noqa: S608 - our own names
    out = []
    for row in raw.execute(query):
        values = dict(zip(names, row[: len(names)], strict=True))
        title, body, start, end = row[len(names) :]
        text = article_text(title, body)
        values["published_evidence"] = datepack.evidence_from(
            values["published_evidence"], start, end, text
        )
        if "published_candidates" in values:
            day = values["published"]
            day = dt.date.fromisoformat(day[:10]) if day else None
            found = datepack.candidates_from(values["published_candidates"], day)
            values["published_candidates"] = json.dumps([d.isoformat() for d in found])
        events = datepack.events_from(values["event_dates"], text)
        values["event_dates"] = datepack.legacy_events(events)
        out.append(tuple(values.values()))
    return out
