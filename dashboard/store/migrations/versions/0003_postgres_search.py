"""Full-text search on PostgreSQL: ``articles.search_doc`` and a GIN index over its tsvector.

``search_doc`` holds an article's words cut and folded in Python as SQLite's FTS5 does
(:func:`dashboard.store.search.document`), so both backends give the same answers; the index is
the 'simple' configuration's tsvector of it (PostgreSQL ships no Indonesian stemmer; 'simple'
lower-cases and neither stems nor drops stop words, like FTS5's unicode61). Articles already
stored get their ``search_doc`` here. On SQLite the column is added and stays NULL: FTS5
(revision 0001) indexes title and body itself.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

from dashboard.store.search import document

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

#: Must be the very expression dashboard.store.search queries, or the index is not used.
TSVECTOR = "to_tsvector('simple'::regconfig, search_doc)"


def _backfill(bind) -> None:
    articles = sa.table("articles", sa.column("id"), sa.column("title"), sa.column("body"))
    doc = sa.table("articles", sa.column("id"), sa.column("search_doc"))
    rows = bind.execute(sa.select(articles.c.id, articles.c.title, articles.c.body)).all()
    values = [{"aid": i, "doc": document(t, b)} for i, t, b in rows]
    update = doc.update().where(doc.c.id == sa.bindparam("aid"))
    for i in range(0, len(values), 500):
        bind.execute(update.values(search_doc=sa.bindparam("doc")), values[i : i + 500])


def upgrade() -> None:
    op.add_column("articles", sa.Column("search_doc", sa.Text))
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        _backfill(bind)
        op.execute(f"CREATE INDEX ix_articles_fts ON articles USING gin ({TSVECTOR})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_articles_fts")
    op.drop_column("articles", "search_doc")
