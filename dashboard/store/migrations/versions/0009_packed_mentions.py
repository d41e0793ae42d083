"""An article's place mentions packed into its row: ``articles.mentions`` instead of the table.

The ``mentions`` table took about 0.9 KB per article of the synthetic corpus (issue 13: at most
3 KB per article beyond the text): every row repeated its article id, place id, surface and
evidence JSON, and the table is only ever read one article at a time. Each article's rows are
packed here by the program's :func:`dashboard.store.mentionpack.pack` (as 0008 uses the
program's fingerprint code), surfaces equal to the text at their span left out and places given
by their number among the article's places; going down, the
rows are unpacked again, the same values. On SQLite the space the table took is reused by later
writes (``VACUUM`` gives it back to the file system).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

import json

import sqlalchemy as sa
from alembic import op

from dashboard.model import article_text
from dashboard.store.mentionpack import FIELDS, pack, unpack
from dashboard.store.migrations.rewrite import rewrite_articles

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

CHUNK = 1000  # articles rewritten at a time
_articles = sa.table(
    "articles",
    sa.column("id"),
    sa.column("title"),
    sa.column("body"),
    sa.column("mentions"),
)
_mentions = sa.table("mentions", sa.column("article_id"), *(sa.column(f) for f in FIELDS))
_places = sa.table(
    "article_places", sa.column("article_id"), sa.column("place_id"), sa.column("rank")
)


def _place_ids(bind, ids: list[str]) -> dict[str, list[str]]:
    """Each article's place ids in rank order (a mention's place is packed as its number)."""
    p = _places.c
    query = sa.select(p.article_id, p.place_id).where(p.article_id.in_(ids))
    found: dict[str, list[str]] = {}
    for aid, place_id in bind.execute(query.order_by(p.article_id, p.rank)):
        found.setdefault(aid, []).append(place_id)
    return found


def _ids(bind) -> list[str]:
    return list(bind.execute(sa.select(_mentions.c.article_id).distinct()).scalars())


def _packed(bind, ids: list[str]) -> list[tuple[str, dict]]:
    """The packed mentions of these articles, by id."""
    m = _mentions.c
    rows = bind.execute(
        sa.select(m.article_id, *(m[f] for f in FIELDS))
        .where(m.article_id.in_(ids))
        .order_by(m.article_id, m.span_start, m.place_id)
    ).all()
    by_article: dict[str, list] = {}
    for aid, *values in rows:
        values[-1] = json.loads(values[-1])  # the evidence, a JSON list
        by_article.setdefault(aid, []).append(values)
    a = _articles.c
    texts = bind.execute(sa.select(a.id, a.title, a.body).where(a.id.in_(ids))).all()
    places = _place_ids(bind, ids)
    return [
        (aid, {"mentions": pack(by_article[aid], article_text(title, body), places.get(aid, ()))})
        for aid, title, body in texts
    ]


def upgrade() -> None:
    op.add_column("articles", sa.Column("mentions", sa.LargeBinary))
    bind = op.get_bind()
    rewrite_articles(bind, _ids(bind), ["mentions"], lambda part: _packed(bind, part), CHUNK)
    op.drop_table("mentions")


def _table() -> None:
    """The mentions table as 0006 left it."""
    fk = sa.ForeignKey("articles.id", ondelete="CASCADE")
    op.create_table(
        "mentions",
        sa.Column("article_id", sa.String(32), fk, nullable=False),
        sa.Column("place_id", sa.Text, nullable=False),
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("surface", sa.Text, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("qualifier", sa.Text),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("article_id", "span_start", "place_id", name="pk_mentions"),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    _table()
    bind = op.get_bind()
    a = _articles.c
    query = sa.select(a.id).where(a.mentions.is_not(None)).order_by(a.id)
    ids = list(bind.execute(query).scalars())
    for i in range(0, len(ids), CHUNK):
        part = ids[i : i + CHUNK]
        places = _place_ids(bind, part)
        query = sa.select(a.id, a.mentions, a.title, a.body).where(a.id.in_(part))
        rows = [
            {"article_id": aid, **m}
            for aid, packed, title, body in bind.execute(query)
            for m in unpack(packed, title, body, places.get(aid, ()))
        ]
        if rows:
            bind.execute(_mentions.insert(), rows)
    op.drop_column("articles", "mentions")
