"""Baseline: the store's schema as it was before migrations (store_meta schema "1").

A store written before migrations existed already has exactly this; it is stamped with this
revision at open (see :mod:`dashboard.store.migrate`), never created again.

Revision ID: 0001
Revises:
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

#: SQLite only: a full-text index over title and body, kept in step by triggers.
FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, body, content='articles',"
    " content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_ai AFTER INSERT ON articles BEGIN INSERT INTO "
    "articles_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body); END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_ad AFTER DELETE ON articles BEGIN INSERT INTO "
    "articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, "
    "old.body); END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_au AFTER UPDATE OF title, body ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.rowid, "
    "old.title, old.body); INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, "
    "new.title, new.body); END",
)


def _articles() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("outlet", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("published_confidence", sa.Float, nullable=False),
        sa.Column("published_method", sa.String(16), nullable=False),
        sa.Column("published_evidence", sa.Text, nullable=False),
        sa.Column("published_span_start", sa.Integer),
        sa.Column("published_span_end", sa.Integer),
        sa.Column("published_candidates", sa.Text, nullable=False),
        sa.Column("weekday_conflict", sa.Boolean, nullable=False),
        sa.Column("date_note", sa.Text, nullable=False),
        sa.Column("cited_sources", sa.Text, nullable=False),
        sa.Column("credits", sa.Text, nullable=False),
        sa.Column("event_dates", sa.Text, nullable=False),
        sa.Column("warnings", sa.Text, nullable=False),
        sa.Column("geotagged", sa.Boolean, nullable=False),
        sa.Column("focus_place_id", sa.Text),
        sa.Column("n_places", sa.Integer, nullable=False),
        sa.Column("ingested_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_articles_path", "articles", ["path"])
    op.create_index("ix_articles_published", "articles", ["published"])


def _article_id(**kw) -> sa.Column:
    fk = sa.ForeignKey("articles.id", ondelete="CASCADE")
    return sa.Column("article_id", sa.String(32), fk, **kw)


def _places_and_mentions() -> None:
    op.create_table(
        "article_places",
        _article_id(primary_key=True),
        sa.Column("place_id", sa.Text, primary_key=True),
        sa.Column("rank", sa.Integer, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("lat", sa.Float, nullable=False),
        sa.Column("lon", sa.Float, nullable=False),
        sa.Column("in_syria", sa.Boolean, nullable=False),
        sa.Column("admin1", sa.Text),
        sa.Column("admin1_pcode", sa.String(16)),
        sa.Column("admin2", sa.Text),
        sa.Column("admin2_pcode", sa.String(16)),
        sa.Column("population", sa.Integer),
        sa.Column("geonames_id", sa.Integer),
        sa.Column("feature_code", sa.String(16)),
        sa.Column("radius_km", sa.Float),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("qualifier", sa.Text),
        sa.Column("is_focus", sa.Boolean, nullable=False),
        sa.Column("n_mentions", sa.Integer, nullable=False),
    )
    op.create_index("ix_article_places_place", "article_places", ["place_id"])
    op.create_table(
        "mentions",
        _article_id(nullable=False),
        sa.Column("place_id", sa.Text, nullable=False),
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("surface", sa.Text, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("qualifier", sa.Text),
        sa.Column("evidence", sa.Text, nullable=False),
    )
    op.create_index("ix_mentions_article", "mentions", ["article_id", "span_start"])


def _sources_cache_meta() -> None:
    op.create_table(
        "article_sources",
        sa.Column("file", sa.Text, primary_key=True),
        _article_id(primary_key=True),
        sa.Column("line", sa.Integer),
        sa.Column("run", sa.String(40), nullable=False),
    )
    op.create_index("ix_article_sources_article", "article_sources", ["article_id"])
    op.create_table(
        "geocode_cache",
        sa.Column("key", sa.String(512), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "store_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.bulk_insert(
        sa.table("store_meta", sa.column("key"), sa.column("value")),
        [{"key": "schema", "value": "1"}, {"key": "sources", "value": "1"}],
    )


def _sqlite_fts() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    options = {row[0] for row in bind.exec_driver_sql("PRAGMA compile_options")}
    if "ENABLE_FTS5" in options:  # else search falls back to LIKE, as it always did
        for ddl in FTS_DDL:
            op.execute(ddl)


def upgrade() -> None:
    _articles()
    _places_and_mentions()
    _sources_cache_meta()
    _sqlite_fts()


def downgrade() -> None:
    for name in ("articles_fts", "store_meta", "geocode_cache", "article_sources", "mentions"):
        op.execute(f"DROP TABLE IF EXISTS {name}")
    op.drop_table("article_places")
    op.drop_table("articles")
