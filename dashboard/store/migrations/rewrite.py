"""Rewriting columns of stored articles, a chunk at a time: the loop that 0008, 0009 and 0010
share. Each migration says which articles, and how a chunk's new values are found (from what it
reads of them); the update statement, its parameters and the chunking are here."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import sqlalchemy as sa

CHUNK = 2000
#: A chunk of article ids → (article id, {column: new value}) for each article to rewrite.
Values = Callable[[list[str]], Iterable[tuple[str, dict[str, Any]]]]


def rewrite_articles(
    bind, ids: Sequence[str], columns: Sequence[str], values: Values, chunk: int = CHUNK
) -> None:
    """Set ``columns`` of the articles ``ids``, :data:`CHUNK` at a time, to what ``values`` gives
    for each chunk (an article it leaves out keeps its values)."""
    table = sa.table("articles", sa.column("id"), *(sa.column(name) for name in columns))
    stmt = table.update().where(table.c.id == sa.bindparam("aid"))
    stmt = stmt.values({name: sa.bindparam(f"v_{name}") for name in columns})
    for i in range(0, len(ids), chunk):
        rows = [
            {"aid": aid, **{f"v_{name}": value for name, value in new.items()}}
            for aid, new in values(list(ids[i : i + chunk]))
        ]
        if rows:
            bind.execute(stmt, rows)
