"""Indexes the queries use: the articles still to group, not every article's story or path.

Together about 0.07 KB an article (issue 13: at most 3 KB per article beyond the text):
``ix_articles_story_id`` served one query, :func:`dashboard.store.stories.backfill`'s "articles
with no story yet" at every write; a partial index of those articles alone (in the order
backfill reads them) serves it as well and is empty once every article has its story.
``ix_articles_path`` served none: the one query naming the path (an analyst's correction found by
its article's id, URL or path, ``store/corrected.py``) scans the table anyway, the URL having no
index, and every other read of the path is by article id.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_UNGROUPED = sa.text("story_id IS NULL")


def upgrade() -> None:
    op.create_index(
        "ix_articles_ungrouped",
        "articles",
        ["ingested_at", "id"],
        sqlite_where=_UNGROUPED,
        postgresql_where=_UNGROUPED,
    )
    op.drop_index("ix_articles_story_id", "articles")
    op.drop_index("ix_articles_path", "articles")


def downgrade() -> None:
    op.create_index("ix_articles_path", "articles", ["path"])
    op.create_index("ix_articles_story_id", "articles", ["story_id"])
    op.drop_index("ix_articles_ungrouped", "articles")
