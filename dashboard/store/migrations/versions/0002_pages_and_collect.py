"""Web pages and the collect ledger: ``article_pages`` and ``collect_urls``.

Both tables came just before migrations did, created at open by the code of that time; so a
store from before migrations may already have them (it is stamped 0001 all the same): each is
created only where it is missing.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _article_pages() -> None:
    op.create_table(
        "article_pages",
        sa.Column(
            "article_id",
            sa.String(32),
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("url", sa.Text),
        sa.Column("canonical_url", sa.Text),
        sa.Column("language", sa.String(16)),
        sa.Column("site_name", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("extractor", sa.String(64), nullable=False),
        sa.Column("html_gz", sa.LargeBinary, nullable=False),
    )


def _collect_urls() -> None:
    op.create_table(
        "collect_urls",
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("outlet", sa.Text),
        sa.Column("listed_date", sa.Date),
        sa.Column("canonical_url", sa.Text),
        sa.Column("article_id", sa.String(32)),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_collect_urls_status", "collect_urls", ["status", "kind"])
    op.create_index("ix_collect_urls_canonical", "collect_urls", ["canonical_url"])


def upgrade() -> None:
    existing = set(sa.inspect(op.get_bind()).get_table_names())
    if "article_pages" not in existing:
        _article_pages()
    if "collect_urls" not in existing:
        _collect_urls()


def downgrade() -> None:
    op.drop_table("collect_urls")
    op.drop_table("article_pages")
