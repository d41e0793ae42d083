"""Stories: each article's fingerprint (``articles.minhash``) and story (``articles.story_id``).

Near-duplicates (a wire text republished by several outlets, a page saved twice) share a story
id (:mod:`dashboard.store.stories`). Both columns start NULL: the articles already stored get
their fingerprint and story the first time a process writes to the store
(:func:`dashboard.store.stories.backfill`), since that needs the program's MinHash, not a frozen
copy of it here; until then each counts as its own story (the view reads
``COALESCE(story_id, id)``).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("articles", sa.Column("story_id", sa.String(32)))
    op.add_column("articles", sa.Column("minhash", sa.LargeBinary))
    op.create_index("ix_articles_story_id", "articles", ["story_id"])


def downgrade() -> None:
    op.drop_index("ix_articles_story_id", table_name="articles")
    op.drop_column("articles", "minhash")
    op.drop_column("articles", "story_id")
