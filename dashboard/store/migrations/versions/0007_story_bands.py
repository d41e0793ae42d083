"""The stories' LSH index kept in the store: ``story_bands`` (band key, article number).

Before, each ingesting process held a MinHash LSH index of every stored fingerprint in memory
(about 11 KB an article) and built it from ``articles.minhash`` before its first write (158 s at
100,000 articles). Now every grouped article has a number (``articles.seq``, unique) and one row
per band key of its fingerprint in ``story_bands``, whose primary key (key, number) is the index:
candidates are an indexed query (:mod:`dashboard.store.bands`).

Articles already grouped get their number, in the order they were stored, and their band keys
from their stored fingerprint here, computed as the program computed them then
(:func:`dashboard.store.fingerprint_v1.band_keys`; 0012 computes both again). Those not
grouped yet (no story id) get theirs at the next write, as before.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

from dashboard.store.fingerprint_v1 import band_keys
from dashboard.store.stories import values_of

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

CHUNK = 2000


def _fill(bind) -> None:
    articles = sa.table(
        "articles",
        sa.column("id"),
        sa.column("minhash"),
        sa.column("seq"),
        sa.column("ingested_at"),
    )
    bands = sa.table("story_bands", sa.column("key"), sa.column("seq"))
    query = sa.select(articles.c.id, articles.c.minhash).where(articles.c.minhash.is_not(None))
    rows = bind.execute(query.order_by(articles.c.ingested_at, articles.c.id)).all()
    numbered = articles.update().where(articles.c.id == sa.bindparam("aid"))
    for start in range(0, len(rows), CHUNK):
        part = list(enumerate(rows[start : start + CHUNK], start + 1))
        bind.execute(
            numbered.values(seq=sa.bindparam("n")), [{"aid": r.id, "n": n} for n, r in part]
        )
        keys = [
            {"key": key, "seq": n}
            for n, r in part
            for key in set(band_keys(values_of(bytes(r.minhash))))
        ]
        bind.execute(bands.insert(), keys)


def upgrade() -> None:
    op.add_column("articles", sa.Column("seq", sa.Integer))
    op.create_index("ix_articles_seq", "articles", ["seq"], unique=True)
    keyed = [
        sa.Column("key", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
    ]
    op.create_table("story_bands", *keyed, sqlite_with_rowid=False)
    _fill(op.get_bind())


def downgrade() -> None:
    op.drop_table("story_bands")
    op.drop_index("ix_articles_seq", table_name="articles")
    op.drop_column("articles", "seq")
