"""Analysts' corrections: an append-only log, applied on top of the machine's output when read.

No foreign key to ``articles``: a correction outlives the version of the article it was made on
(an edited file gives the article a new id; the correction follows it by ``article_key``).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(32), nullable=False),
        sa.Column("article_key", sa.Text, nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("place_id", sa.Text),
        sa.Column("place", sa.Text),
        sa.Column("anchor", sa.Text),
        sa.Column("value", sa.Text),
        sa.Column("undoes", sa.Integer),
        sa.Column("reviewer", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_corrections_article_id", "corrections", ["article_id"])
    op.create_index("ix_corrections_article_key", "corrections", ["article_key"])


def downgrade() -> None:
    op.drop_table("corrections")
