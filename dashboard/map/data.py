"""What the map shows: one summary per place in view, from a
:class:`~dashboard.store.query.Selection`, so the map builder gets small values whatever the size
of the archive: one marker per place, never one per article.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from dashboard.model import Place
from dashboard.rowtypes import ArticleRow, PlaceRow
from dashboard.store import query
from dashboard.store.columns import Columns
from dashboard.store.query import Selection

#: Most articles listed in one popup; the rest are counted ("dan N lainnya").
MAX_LISTED = 5
#: Article lines allowed in all popups together, so the map HTML stays small with many places.
LISTED_BUDGET = 600

#: Vague places drawn as a dashed circle when the gazetteer gives no radius: kind → km.
DEFAULT_RADIUS_KM = {"region": 25.0, "admin1": 45.0, "admin2": 20.0, "admin3": 8.0}


@dataclass(frozen=True, slots=True)
class PlaceSummary:
    """One mappable place with the articles in view that name it."""

    id: str
    name: str
    kind: str
    lat: float
    lon: float
    admin1: str | None
    admin1_pcode: str | None
    radius_km: float | None  # drawn as a dashed circle when set (vague place)
    n_articles: int  # distinct stories in view (for a governorate: naming a place inside it)
    listed: tuple[ArticleRow, ...] = ()  # newest first, one per story, at most the cap
    n_confirmed: int = 0  # articles in view whose link to it an analyst put in or confirmed

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


def place_counts(sel: Selection, place_idx: np.ndarray) -> np.ndarray:
    """What :meth:`Selection.place_count` says for each place of ``place_idx``, as an array."""
    c = sel.columns
    counts = sel.place_counts[place_idx].astype(np.int64)
    govs = c.is_governorate[place_idx]
    if govs.any():
        per_gov = np.array([sel.gov_counts.get(g, 0) for g in c.govs], dtype=np.int64)
        counts[govs] = per_gov[c.gov[place_idx[govs]]]
    return counts


def places_in_view(sel: Selection) -> np.ndarray:
    """Indices of the places with articles in view, most articles first (then name, id).

    Governorates are included (with the governorate count); the map draws them as polygons."""
    c = sel.columns
    shown = np.flatnonzero((sel.place_counts > 0) & c.mappable)
    order = np.lexsort((c.name_rank[shown], -place_counts(sel, shown)))
    return shown[order]


def place_choices(c: Columns) -> dict[str, str]:
    """Every place of the store the map can show, id → name, most articles first (then by
    name): the place picker's list, the same whatever the filters, so it is sent once."""
    shown = np.flatnonzero(c.mappable)
    named = np.bincount(c.link_place, minlength=len(c.places))[shown]
    return {
        c.places[i].id: c.places[i].display_name
        for i in shown[np.lexsort((c.name_rank[shown], -named))]
    }


def listed_articles(sel: Selection, place_idx: np.ndarray, cap: int) -> dict[int, list[int]]:
    """Per place index, the indices of its ``cap`` newest articles in view, one per story.

    The budget of :data:`LISTED_BUDGET` lines goes to the places in the order given (most
    articles first); the rest list none in their popup (it still counts them, and a click lists
    them in the panel)."""
    c = sel.columns
    place_idx = np.asarray(place_idx, dtype=np.int64)
    out: dict[int, list[int]] = {int(p): [] for p in place_idx}
    # Every place in view takes at least one line, so only the first LISTED_BUDGET can list any.
    head = place_idx[:LISTED_BUDGET]
    position = np.full(len(c.places), -1, dtype=np.int64)
    position[head] = np.arange(len(head))
    links = sel.links_of(sel.view)
    links &= position[c.link_place] >= 0
    art, pos = c.link_article[links], position[c.link_place[links]]
    # By place, stable: links are by article, so each place's come newest first. (A stable sort
    # of 16-bit keys is a radix sort, linear in the links.)
    key = pos.astype(np.uint16) if len(head) <= 1 << 16 else pos
    order = np.argsort(key, kind="stable")
    art, pos = art[order], pos[order]
    if query.grouped(c):  # one line per story: its newest copy (the first in this order)
        _, once = np.unique(pos.astype(np.int64) * c.n_stories + c.story[art], return_index=True)
        once.sort()
        art, pos = art[once], pos[once]
    first = np.searchsorted(pos, np.arange(len(head)))  # where each place's run starts
    n_links = np.bincount(pos, minlength=len(head))
    wanted = np.minimum(n_links, cap)
    before = np.cumsum(wanted) - wanted  # lines given to the places before
    take = np.clip(LISTED_BUDGET - before, 0, wanted)
    rank = np.arange(len(pos)) - first[pos]  # 0 for a place's newest article
    kept = rank < take[pos]
    for p, a in zip(head[pos[kept]].tolist(), art[kept].tolist(), strict=True):
        out[p].append(a)
    return out


def summarize(
    sel: Selection,
    place_idx: np.ndarray,
    listed: Mapping[int, list[int]],
    rows: Mapping[str, ArticleRow],
    governorates: Mapping[str, str] | None = None,
) -> list[PlaceSummary]:
    """One :class:`PlaceSummary` per place in ``place_idx`` (in that order); ``listed`` from
    :func:`listed_articles`, ``rows`` the article rows of the listed ids (read from the store);
    ``governorates`` (P-code → Indonesian name) names each place's governorate as shown."""
    names = governorates or {}
    c = sel.columns
    place_idx = np.asarray(place_idx, dtype=np.int64)
    confirmed = confirmed_counts(sel)
    out = []
    for i, n in zip(place_idx.tolist(), place_counts(sel, place_idx).tolist(), strict=True):
        p = c.places[i]
        refs = tuple(rows[c.ids[a]] for a in listed.get(i, ()) if c.ids[a] in rows)
        out.append(
            PlaceSummary(
                id=p.id,
                name=p.display_name,
                kind=p.kind,
                lat=float(p.lat or 0.0),
                lon=float(p.lon or 0.0),
                admin1=names.get(p.admin1_pcode or "") or p.admin1,
                admin1_pcode=p.admin1_pcode,
                radius_km=vague_radius_km(p.kind, p.radius_km),
                n_articles=n,
                listed=refs,
                n_confirmed=int(confirmed[i]),
            )
        )
    return out


def confirmed_counts(sel: Selection) -> np.ndarray:
    """Per place, the articles in view whose link to it is analyst-confirmed."""
    c = sel.columns
    if len(c.link_confirmed) != len(c.link_article) or not c.link_confirmed.any():
        return np.zeros(len(c.places), dtype=np.int64)
    links = sel.links_of(sel.view) & c.link_confirmed
    return np.bincount(c.link_place[links], minlength=len(c.places))


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


def governorate_label(row: PlaceRow, names: Mapping[str, str]) -> str | None:
    """The governorate a place row lies in, as shown: its Indonesian name by P-code, else the
    row's ``admin1``; ``None`` when not known."""
    return names.get(row.admin1_pcode or "") or row.admin1


def admin1_labels(govs: Sequence[tuple[str, str]], names: Mapping[str, str]) -> dict[str, str]:
    """Canonical governorate name (the filter's value) → the label the filter shows, from
    (P-code, canonical name) pairs."""
    return {name: names.get(pcode) or name for pcode, name in govs}
