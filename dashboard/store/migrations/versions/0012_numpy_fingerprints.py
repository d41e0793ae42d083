"""Story fingerprints hashed in numpy: every stored signature and band key computed again.

Until now a fingerprint was ``datasketch``'s MinHash, a SHA-1 per word shingle, and each band key
a BLAKE2b digest (:mod:`dashboard.store.fingerprint_v1`): half of a fingerprint's cost, paid
for every ingested article. Since 0012 shingles are hashed from their words' hashes in numpy and
the band keys of an article in one pass (:mod:`dashboard.store.fingerprint`,
:func:`dashboard.store.stories.band_keys`): other values, so a stored article's signature and
band keys are computed again here from its text, with the program's own functions (as 0003 uses
the program's search document), and going down with the old ones. Stories already found, and the
articles' numbers, stay as they are: only how later articles find them changes.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

from collections.abc import Callable

import numpy as np
import sqlalchemy as sa
from alembic import op

from dashboard.store import bands, fingerprint_v1, stories

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

CHUNK = 2000
_articles = sa.table("articles", sa.column("body"), sa.column("seq"), sa.column("signature"))


def _recompute(
    values: Callable[[str], np.ndarray | None], keys: Callable[[np.ndarray], list[int]]
) -> None:
    """Every grouped article's signature and band rows, from its text, by ``values``/``keys``."""
    bind = op.get_bind()
    seq = _articles.c.seq
    numbers = list(bind.execute(sa.select(seq).where(seq.is_not(None)).order_by(seq)).scalars())
    bind.execute(sa.text("DELETE FROM story_bands"))
    stmt = _articles.update().where(seq == sa.bindparam("n"))
    stmt = stmt.values(signature=sa.bindparam("sig"))
    for i in range(0, len(numbers), CHUNK):
        part = numbers[i : i + CHUNK]
        signed, band_rows = [], []
        for n, body in bind.execute(sa.select(seq, _articles.c.body).where(seq.in_(part))):
            found = values(body)
            signed.append({"n": n, "sig": None if found is None else _signature(found)})
            if found is not None:
                band_rows.append((n, keys(found)))
        bind.execute(stmt, signed)
        bands.put(bind, band_rows)


def _signature(found: np.ndarray) -> bytes:
    return stories.pack(stories.short(found))


def upgrade() -> None:
    _recompute(stories.fingerprint, stories.band_keys)


def downgrade() -> None:
    _recompute(fingerprint_v1.values, fingerprint_v1.band_keys)
