"""An article's date evidence as offsets into its text, its event dates as compact lists.

About 0.17 KB an article of the synthetic corpus was its own text stored again (issue 13: at
most 3 KB per article beyond the text): the publication date's evidence, a fragment of the text,
and each event date's surface, the text at its span, in a JSON object per date. Stored values are
rewritten here by the program's :mod:`dashboard.store.datepack` (as 0008 and 0009 use the
program's code): ``published_evidence_start``/``_end`` where the evidence is in the text,
``published_candidates`` "" when the date is the one candidate, and ``event_dates`` as ``[date,
start, end, kind]`` lists; going down, the old values come back.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

import datetime as dt
import json

import sqlalchemy as sa
from alembic import op

from dashboard.model import article_text
from dashboard.store import datepack
from dashboard.store.migrations.rewrite import rewrite_articles

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_articles = sa.table(
    "articles",
    sa.column("id"),
    sa.column("title"),
    sa.column("body"),
    sa.column("published", sa.Date),
    sa.column("published_evidence"),
    sa.column("published_evidence_start"),
    sa.column("published_evidence_end"),
    sa.column("published_candidates"),
    sa.column("event_dates"),
)
_READ = (
    "title",
    "body",
    "published",
    "published_evidence",
    "published_evidence_start",
    "published_evidence_end",
    "published_candidates",
    "event_dates",
)
_WRITTEN = _READ[3:]


def _new_values(r: dict) -> dict:
    text = article_text(r["title"], r["body"])
    events = datepack.legacy_events_from(r["event_dates"])
    days = json.loads(r["published_candidates"])
    candidates = tuple(dt.date.fromisoformat(d[:10]) for d in days if d)
    return {
        **datepack.evidence_values(r["published_evidence"], text),
        "published_candidates": datepack.candidates_value(candidates, r["published"]),
        "event_dates": datepack.events_value(events, text),
    }


def _old_values(r: dict) -> dict:
    text = article_text(r["title"], r["body"])
    at = (r["published_evidence_start"], r["published_evidence_end"])
    candidates = datepack.candidates_from(r["published_candidates"], r["published"])
    return {
        "published_evidence": datepack.evidence_from(r["published_evidence"], *at, text),
        "published_evidence_start": None,
        "published_evidence_end": None,
        "published_candidates": json.dumps([d.isoformat() for d in candidates]),
        "event_dates": datepack.legacy_events(datepack.events_from(r["event_dates"], text)),
    }


def _rewrite(convert) -> None:
    bind = op.get_bind()
    a = _articles.c

    def values(part: list[str]):
        query = sa.select(a.id, *(a[name] for name in _READ)).where(a.id.in_(part))
        for row in bind.execute(query):
            yield row[0], convert(row._mapping)

    ids = list(bind.execute(sa.select(a.id).order_by(a.id)).scalars())
    rewrite_articles(bind, ids, _WRITTEN, values)


def upgrade() -> None:
    op.add_column("articles", sa.Column("published_evidence_start", sa.Integer))
    op.add_column("articles", sa.Column("published_evidence_end", sa.Integer))
    _rewrite(_new_values)


def downgrade() -> None:
    _rewrite(_old_values)
    op.drop_column("articles", "published_evidence_end")
    op.drop_column("articles", "published_evidence_start")
