"""SQLite's full-text index gets a batch's new articles in one statement, not a trigger per row.

The insert trigger ``articles_fts_ai`` (0001) indexed each new article as its row went in. Ingest
inserts a batch of articles with one ``executemany``, so the trigger ran once per row, each time
in its own statement, and FTS5 wrote each article's terms out as a segment of its own, merged
later: about 0.09 ms of the single writer's CPU an article. Inserted in one ``INSERT … SELECT``
per batch (:func:`dashboard.store.search.index_new`), the same rows cost about 0.03 ms and the
index holds the same words (searches give the same articles). The delete and update triggers
stay: they run once per deleted or edited article, rarely. PostgreSQL is unchanged (its search
document is a column).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_INSERT_TRIGGER = (
    "CREATE TRIGGER IF NOT EXISTS articles_fts_ai AFTER INSERT ON articles BEGIN INSERT INTO "
    "articles_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body); END"
)


def _has_fts(bind) -> bool:
    query = "SELECT name FROM sqlite_master WHERE name = 'articles_fts'"
    return bind.dialect.name == "sqlite" and bind.exec_driver_sql(query).first() is not None


def upgrade() -> None:
    if _has_fts(op.get_bind()):
        op.execute("DROP TRIGGER IF EXISTS articles_fts_ai")


def downgrade() -> None:
    if _has_fts(op.get_bind()):
        op.execute(_INSERT_TRIGGER)
