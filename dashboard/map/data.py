"""What the map shows, from the store's plain rows: one summary per place, counts per governorate.

Pure functions over the dicts of ``Store.place_rows()`` / ``Store.article_rows()`` (already
filtered to the articles in view), so the map builder gets small values and the 20,000-article
case stays cheap: one marker per place, never one per article.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from dashboard.model import Place

#: Most articles listed in one popup; the rest are counted ("dan N lainnya").
MAX_LISTED = 20
#: Article lines allowed in all popups together, so the map HTML stays small with many places.
LISTED_BUDGET = 6000

#: Vague places drawn as a dashed circle when the gazetteer gives no radius: kind → km.
DEFAULT_RADIUS_KM = {"region": 25.0, "admin1": 45.0, "admin2": 20.0, "admin3": 8.0}


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """An article as a popup lists it."""

    id: str
    title: str
    outlet: str | None
    published: str | None  # ISO date or None


@dataclass(frozen=True, slots=True)
class PlaceSummary:
    """One mappable place with the articles in view that speak of it."""

    id: str
    name: str
    kind: str
    lat: float
    lon: float
    admin1: str | None
    admin1_pcode: str | None
    radius_km: float | None  # drawn as a dashed circle when set (vague place)
    n_articles: int
    n_mentions: int
    confidence: float  # the best confidence among its article links
    listed: tuple[ArticleRef, ...]  # newest first, at most the cap

    @property
    def n_unlisted(self) -> int:
        return self.n_articles - len(self.listed)


#: The click id of a governorate area drawn without its own gazetteer place on the map. Never a
#: place id: the gazetteer's ``ocha:<P-code>`` ids are districts and subdistricts (Qadmous …), so
#: governorate areas use a prefix of their own and a stored place id is never misread as one.
GOVERNORATE_ID_PREFIX = "gov:"


def governorate_id(pcode: str) -> str:
    """The click id of the governorate area with P-code ``pcode``."""
    return GOVERNORATE_ID_PREFIX + pcode


def governorate_pcode(click_id: str) -> str | None:
    """The P-code a governorate area's click id stands for; None for any other id."""
    return click_id.removeprefix(GOVERNORATE_ID_PREFIX) if is_governorate_id(click_id) else None


def is_governorate_id(click_id: str) -> bool:
    return click_id.startswith(GOVERNORATE_ID_PREFIX)


def display_name(row: Mapping) -> str:
    """The name shown for a place row: its Indonesian name where reviewed, else its name, else
    its id."""
    return row.get("name_id") or row.get("name") or row["place_id"]


def is_mappable(row: Mapping) -> bool:
    """Syrian places below the country with coordinates; foreign places never reach the map."""
    return (
        bool(row.get("in_syria"))
        and row.get("kind") != "country"
        and row.get("lat") is not None
        and row.get("lon") is not None
    )


def vague_radius_km(kind: str, radius_km: float | None) -> float | None:
    """The circle radius for a vague place, ``None`` for a point place (a town)."""
    if radius_km:
        return float(radius_km)
    return DEFAULT_RADIUS_KM.get(kind)


def listed_cap(n_places: int) -> int:
    """Articles per popup: up to :data:`MAX_LISTED`, fewer when many places share the budget."""
    if n_places <= 0:
        return MAX_LISTED
    return max(1, min(MAX_LISTED, LISTED_BUDGET // n_places))


def _article_ref(article_id: str, articles: Mapping[str, Mapping]) -> ArticleRef:
    row = articles.get(article_id, {})
    return ArticleRef(
        id=article_id,
        title=row.get("title") or "(tanpa judul)",
        outlet=row.get("outlet"),
        published=row.get("published"),
    )


def newest_first(ids: Iterable[str], articles: Mapping[str, Mapping], cap: int) -> list[str]:
    """The ``cap`` newest of ``ids``: dated before undated, ties by title then id (stable)."""
    if cap <= 0:
        return []

    def key(aid: str) -> tuple[str, str, str]:
        row = articles.get(aid, {})
        return (_desc(row.get("published") or ""), row.get("title") or "", aid)

    return heapq.nsmallest(cap, ids, key=key)


def _desc(iso: str) -> str:
    # Digit-wise inversion turns descending ISO order into ascending string order; "" sorts last.
    return iso.translate(_INVERT) if iso else "~"


_INVERT = str.maketrans("0123456789", "9876543210")


def summarize_places(
    place_rows: Iterable[Mapping],
    articles: Mapping[str, Mapping],
    *,
    cap: int | None = None,
) -> list[PlaceSummary]:
    """One :class:`PlaceSummary` per mappable place, most articles first.

    ``articles`` maps article id → article row (title, outlet, published). ``cap`` limits the
    articles listed per place (default: :func:`listed_cap` of the number of places).
    """
    by_place: dict[str, Mapping] = {}
    article_ids: dict[str, set[str]] = defaultdict(set)
    mentions: dict[str, int] = defaultdict(int)
    best: dict[str, float] = defaultdict(float)
    for row in place_rows:
        if not is_mappable(row):
            continue
        pid = row["place_id"]
        if pid not in by_place:
            by_place[pid] = row
        article_ids[pid].add(row["article_id"])
        mentions[pid] += row.get("n_mentions") or 0
        conf = row.get("confidence") or 0.0
        if conf > best[pid]:
            best[pid] = conf
    cap = listed_cap(len(by_place)) if cap is None else cap
    summaries = [
        _summary(row, article_ids[pid], mentions[pid], best[pid], articles, cap)
        for pid, row in by_place.items()
    ]
    summaries.sort(key=lambda s: (-s.n_articles, s.name, s.id))
    return summaries


def _summary(
    row: Mapping, ids: set[str], n_mentions: int, confidence: float, articles: Mapping, cap: int
) -> PlaceSummary:
    refs = [_article_ref(aid, articles) for aid in newest_first(ids, articles, cap)]
    return PlaceSummary(
        id=row["place_id"],
        name=display_name(row),
        kind=row.get("kind") or "populated_place",
        lat=float(row["lat"]),
        lon=float(row["lon"]),
        admin1=row.get("admin1"),
        admin1_pcode=row.get("admin1_pcode"),
        radius_km=vague_radius_km(row.get("kind") or "", row.get("radius_km")),
        n_articles=len(ids),
        n_mentions=int(n_mentions),
        confidence=float(confidence),
        listed=tuple(refs),
    )


def governorate_counts(place_rows: Iterable[Mapping]) -> dict[str, int]:
    """Distinct articles per governorate P-code, over mappable places only."""
    seen: dict[str, set[str]] = defaultdict(set)
    for row in place_rows:
        pcode = row.get("admin1_pcode")
        if pcode and is_mappable(row):
            seen[pcode].add(row["article_id"])
    return {pcode: len(ids) for pcode, ids in seen.items()}


def bounds(points: Sequence[tuple[float, float]]) -> list[list[float]] | None:
    """``[[south, west], [north, east]]`` around ``points``; ``None`` when there are none."""
    if not points:
        return None
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    return [[min(lats), min(lons)], [max(lats), max(lons)]]


def governorate_names(places: Iterable[Place]) -> dict[str, str]:
    """Governorate P-code → its reviewed Indonesian name, from the gazetteer's ``Place`` values:
    each Syrian ``admin1`` place with a P-code and a ``name_id``. Display only: filters keep
    matching the canonical (OCHA English) names."""
    return {
        p.admin1_pcode: p.name_id
        for p in places
        if p.kind == "admin1" and p.in_syria and p.admin1_pcode and p.name_id
    }


def governorate_label(row: Mapping, names: Mapping[str, str]) -> str | None:
    """The governorate a place row lies in, as shown: its Indonesian name by P-code, else the
    row's ``admin1``; ``None`` when not known."""
    return names.get(row.get("admin1_pcode") or "") or row.get("admin1")


def admin1_labels(place_rows: Iterable[Mapping], names: Mapping[str, str]) -> dict[str, str]:
    """Canonical governorate name (the filter's value) → the label the filter shows."""
    return {
        row["admin1"]: governorate_label(row, names) or row["admin1"]
        for row in place_rows
        if row.get("admin1")
    }
