"""Find gazetteer places by name as an analyst types it (for corrections): exact names first,
then names that begin with the query, each group best first (:func:`rank_key`)."""

from __future__ import annotations

from dashboard.geo.gazetteer import Gazetteer, rank_key
from dashboard.geo.names import normalize
from dashboard.model import Place


def search_places(gazetteer: Gazetteer, query: str, limit: int = 20) -> list[Place]:
    key = normalize(query)
    if not key:
        return []
    exact: list[str] = []
    starts: list[str] = []
    for name, ids in gazetteer.keys().items():
        if name == key:
            exact += ids
        elif name.startswith(key):
            starts += ids
    out, seen = [], set()
    for group in (exact, starts):
        for place in sorted({gazetteer.get(i) for i in group}, key=rank_key):
            if place.id not in seen:
                seen.add(place.id)
                out.append(place)
    return out[:limit]
