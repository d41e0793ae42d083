"""A smaller story fingerprint: ``articles.signature`` (256 bytes) instead of ``minhash`` (512).

Since 0007 the band table finds a new article's candidates; the stored fingerprint only checks a
candidate's similarity. The low 16 bits of each of the 128 MinHash values do that as well (two
values agree by chance once in 65,536), in half the space: about 0.26 KB less per article
(issue 13: at most 3 KB per article beyond the text). Stored fingerprints are cut here, with the
program's :func:`dashboard.store.stories.short` (as 0003 uses the program's search document);
going down, the whole values are computed again from the article's text, as the program
computed them then (:mod:`dashboard.store.fingerprint_v1`). On SQLite the space the
old column took is reused by later writes (``VACUUM`` gives it back to the file system).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

from dashboard.store.fingerprint_v1 import values as fingerprint
from dashboard.store.migrations.rewrite import rewrite_articles
from dashboard.store.stories import pack, short, values_of

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_articles = sa.table(
    "articles",
    sa.column("id"),
    sa.column("body"),
    sa.column("minhash"),
    sa.column("signature"),
)


def _ids(bind, column) -> list[str]:
    return list(bind.execute(sa.select(_articles.c.id).where(column.is_not(None))).scalars())


def _rows(bind, part: list[str], *columns):
    query = sa.select(_articles.c.id, *columns).where(_articles.c.id.in_(part))
    return bind.execute(query).all()


def upgrade() -> None:
    op.add_column("articles", sa.Column("signature", sa.LargeBinary))
    bind = op.get_bind()
    old = _articles.c.minhash

    def values(part: list[str]):
        for aid, m in _rows(bind, part, old):
            yield aid, {"signature": pack(short(values_of(bytes(m))))}

    rewrite_articles(bind, _ids(bind, old), ["signature"], values)
    op.drop_column("articles", "minhash")


def downgrade() -> None:
    op.add_column("articles", sa.Column("minhash", sa.LargeBinary))
    bind = op.get_bind()

    def values(part: list[str]):
        for aid, body in _rows(bind, part, _articles.c.body):
            found = fingerprint(body)
            if found is not None:
                yield aid, {"minhash": found.astype("<u4").tobytes()}

    rewrite_articles(bind, _ids(bind, _articles.c.signature), ["minhash"], values)
    op.drop_column("articles", "signature")
