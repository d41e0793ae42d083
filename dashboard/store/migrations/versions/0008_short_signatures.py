"""A smaller story fingerprint: ``articles.signature`` (256 bytes) instead of ``minhash`` (512).

Since 0007 the band table finds a new article's candidates; the stored fingerprint only checks a
candidate's similarity. The low 16 bits of each of the 128 MinHash values do that as well (two
values agree by chance once in 65,536), in half the space: about 0.26 KB less per article
(issue 13: at most 3 KB per article beyond the text). Stored fingerprints are cut here, with the
program's :func:`dashboard.store.stories.short` (as 0003 uses the program's search document);
going down, the whole values are computed again from the article's text. On SQLite the space the
old column took is reused by later writes (``VACUUM`` gives it back to the file system).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

from dashboard.store.stories import fingerprint, pack, short, values_of

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

CHUNK = 2000
_articles = sa.table(
    "articles",
    sa.column("id"),
    sa.column("body"),
    sa.column("minhash"),
    sa.column("signature"),
)


def _write(bind, column: str, values: list[dict]) -> None:
    stmt = _articles.update().where(_articles.c.id == sa.bindparam("aid"))
    for i in range(0, len(values), CHUNK):
        bind.execute(stmt.values({column: sa.bindparam("v")}), values[i : i + CHUNK])


def upgrade() -> None:
    op.add_column("articles", sa.Column("signature", sa.LargeBinary))
    bind = op.get_bind()
    old = _articles.c.minhash
    rows = bind.execute(sa.select(_articles.c.id, old).where(old.is_not(None))).all()
    values = [{"aid": aid, "v": pack(short(values_of(bytes(m))))} for aid, m in rows]
    _write(bind, "signature", values)
    op.drop_column("articles", "minhash")


def downgrade() -> None:
    op.add_column("articles", sa.Column("minhash", sa.LargeBinary))
    bind = op.get_bind()
    new = _articles.c.signature
    rows = bind.execute(sa.select(_articles.c.id, _articles.c.body).where(new.is_not(None))).all()
    found = ((aid, fingerprint(body)) for aid, body in rows)
    values = [{"aid": aid, "v": v.astype("<u4").tobytes()} for aid, v in found if v is not None]
    _write(bind, "minhash", values)
    op.drop_column("articles", "signature")
