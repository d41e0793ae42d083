"""The correction log in the store: append (with optimistic concurrency), read, export, import.

The log is append-only: nothing here updates or deletes an entry. Each article has a *review
version*, the number of entries made for it; a correction is saved only against the version its
author saw (:class:`StaleVersionError` otherwise), inside the store's write lock, so two analysts
correcting one article at once never lose an entry: the second sees the first's first.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import replace

from sqlalchemy import func, insert, select
from sqlalchemy.engine import Connection

from dashboard.errors import StoreError
from dashboard.store import schema as s
from dashboard.store.corrections import Correction

c = s.corrections.c


class StaleVersionError(StoreError):
    """The article was corrected by someone else since the version the author saw."""

    def __init__(self, article_id: str, expected: int, found: int):
        super().__init__(
            f"article {article_id} was corrected meanwhile (version {found}, not {expected}): "
            "reload it and look again before saving"
        )
        self.found = found


def version(conn: Connection, article_id: str) -> int:
    query = select(func.count()).select_from(s.corrections).where(c.article_id == article_id)
    return conn.execute(query).scalar_one()


def append(conn: Connection, entry: Correction, expected_version: int | None) -> Correction:
    """Append ``entry`` (in the caller's write transaction); returns it with its id and time."""
    found = version(conn, entry.article_id)
    if expected_version is not None and found != expected_version:
        raise StaleVersionError(entry.article_id, expected_version, found)
    if entry.undoes is not None:
        target = conn.execute(select(c.article_id).where(c.id == entry.undoes)).scalar()
        if target is None:
            raise StoreError(f"there is no correction {entry.undoes} to undo")
    values = _values(entry)
    values["created_at"] = entry.created_at or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    key = conn.execute(insert(s.corrections).values(**values)).inserted_primary_key
    new_id = key[0] if key else None
    return _from_row({**values, "id": new_id})


def _values(e: Correction) -> dict:
    return {
        "article_id": e.article_id,
        "article_key": e.article_key,
        "action": e.action,
        "place_id": e.place_id,
        "place": json.dumps(dict(e.place), ensure_ascii=False) if e.place else None,
        "anchor": e.anchor,
        "value": e.value,
        "undoes": e.undoes,
        "reviewer": e.reviewer,
        "reason": e.reason or "",
    }


def _from_row(r) -> Correction:
    return Correction(
        id=r["id"],
        article_id=r["article_id"],
        action=r["action"],
        reviewer=r["reviewer"],
        article_key=r["article_key"] or "",
        place_id=r["place_id"],
        place=json.loads(r["place"]) if r["place"] else None,
        anchor=r["anchor"],
        value=r["value"],
        undoes=r["undoes"],
        reason=r["reason"],
        created_at=r["created_at"],
    )


def read_log(conn: Connection, article_ids: Iterable[str] | None = None) -> list[Correction]:
    query = select(s.corrections).order_by(c.id)
    if article_ids is not None:
        query = query.where(c.article_id.in_(list(article_ids)))
    return [_from_row(r._mapping) for r in conn.execute(query)]


def to_jsonl(log: Iterable[Correction]) -> Iterator[str]:
    for e in log:
        record = {"id": e.id, **_values(e), "place": e.place}
        record["created_at"] = e.created_at.isoformat() if e.created_at else None
        yield json.dumps(record, ensure_ascii=False)


def from_jsonl(lines: Iterable[str], where: str) -> Iterator[tuple[int | None, Correction]]:
    """(original id, entry) for each line; a bad line raises naming ``where`` and the line."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
            created = r.get("created_at")
            entry = Correction(
                id=None,
                article_id=str(r["article_id"]),
                action=r["action"],
                reviewer=r["reviewer"],
                article_key=r.get("article_key") or "",
                place_id=r.get("place_id"),
                place=r.get("place"),
                anchor=r.get("anchor"),
                value=r.get("value"),
                undoes=r.get("undoes"),
                reason=r.get("reason") or "",
                created_at=dt.datetime.fromisoformat(created) if created else None,
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise StoreError(f"{where}:{number}: not a correction ({exc})") from exc
        yield r.get("id"), entry


def _signature(e: Correction) -> tuple:
    return (
        e.article_id,
        e.action,
        e.place_id,
        e.value,
        e.anchor,
        e.reviewer,
        e.reason,
        e.created_at.isoformat() if e.created_at else None,
    )


def import_log(conn: Connection, entries: list[tuple[int | None, Correction]]) -> tuple[int, int]:
    """Append imported entries not already here (same article, what, who and when); an undo is
    pointed at the entry it undid, under that entry's id in this store. (added, already here)."""
    here: dict[tuple, int | None] = {_signature(e): e.id for e in read_log(conn)}
    new_ids: dict[int, int | None] = {}
    added = known = 0
    for old_id, entry in entries:
        found = here.get(_signature(entry))
        if found is None:
            if entry.undoes is not None:
                entry = replace(entry, undoes=new_ids.get(entry.undoes) or entry.undoes)
            found = append(conn, entry, None).id
            here[_signature(entry)] = found
            added += 1
        else:
            known += 1
        if old_id is not None:
            new_ids[old_id] = found
    return added, known
