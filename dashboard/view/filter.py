"""Which articles and place links are in view: the dashboard's filters as one pure function.

Rows are the store's plain dicts (``Store.article_rows()`` / ``Store.place_rows()``). Dates are ISO
strings, compared as strings (``"2017-02-08" <= "2017-03-01"``), so nothing is parsed per view.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from dashboard.map.data import display_name, is_mappable


@dataclass(frozen=True, slots=True)
class ViewFilter:
    """The filters the user set; an empty collection means "no filter"."""

    start: dt.date | None = None
    end: dt.date | None = None
    show_undated: bool = True
    outlets: frozenset[str] = frozenset()
    admin1: frozenset[str] = frozenset()  # governorate names (OCHA English)
    matching: frozenset[str] | None = None  # article ids of a free-text search; None = no search
    min_confidence: float = 0.0  # place links below it are neither drawn nor counted


@dataclass(frozen=True, slots=True)
class View:
    """The articles in view (newest first) and their place links that pass the filters."""

    articles: tuple[Mapping, ...]
    places: tuple[Mapping, ...]
    n_undated: int = 0  # undated articles that pass the other filters (shown or not)
    ids: frozenset[str] = field(default=frozenset())


def _in_range(published: str | None, start: str | None, end: str | None) -> bool:
    day = published[:10]  # type: ignore[index]
    return (start is None or day >= start) and (end is None or day <= end)


def _passes(row: Mapping, f: ViewFilter) -> bool:
    if f.outlets and (row.get("outlet") or "") not in f.outlets:
        return False
    return f.matching is None or row["id"] in f.matching


def apply(articles: Iterable[Mapping], places: Iterable[Mapping], f: ViewFilter) -> View:
    """Filter articles by date, outlet, search; then places by confidence and governorate."""
    start = f.start.isoformat() if f.start else None
    end = f.end.isoformat() if f.end else None
    kept: dict[str, Mapping] = {}
    n_undated = 0
    for row in articles:
        if not _passes(row, f):
            continue
        if not row.get("published"):
            n_undated += 1
            if f.show_undated:
                kept[row["id"]] = row
        elif _in_range(row["published"], start, end):
            kept[row["id"]] = row
    links = [
        p
        for p in places
        if p["article_id"] in kept and float(p.get("confidence") or 0.0) >= f.min_confidence
    ]
    if f.admin1:
        links = [p for p in links if p.get("admin1") in f.admin1 and is_mappable(p)]
        with_place = {p["article_id"] for p in links}
        kept = {aid: row for aid, row in kept.items() if aid in with_place}
    ordered = newest_first(kept.values())
    return View(tuple(ordered), tuple(links), n_undated, frozenset(kept))


def newest_first(rows: Iterable[Mapping]) -> list[Mapping]:
    """Dated articles newest first, then the undated; ties by title then id (stable)."""
    by_title = sorted(rows, key=lambda r: (r.get("title") or "", r["id"]))
    # Python's sort is stable: sorting by date descending keeps the title order within a day,
    # and "" (undated) is the smallest key, so undated articles come last.
    return sorted(by_title, key=lambda r: r.get("published") or "", reverse=True)


def articles_at(place_id: str, places: Sequence[Mapping]) -> frozenset[str]:
    """Ids of the articles linked to ``place_id``; for a governorate, to any place inside it."""
    own = [p for p in places if p["place_id"] == place_id]
    if own and own[0].get("kind") == "admin1" and own[0].get("admin1_pcode"):
        pcode = own[0]["admin1_pcode"]
        return frozenset(p["article_id"] for p in places if p.get("admin1_pcode") == pcode)
    return frozenset(p["article_id"] for p in own)


def places_of(article_id: str, places: Iterable[Mapping]) -> list[Mapping]:
    """The mappable place links of one article, best confidence first."""
    own = [p for p in places if p["article_id"] == article_id and is_mappable(p)]
    return sorted(own, key=lambda p: (-float(p.get("confidence") or 0.0), display_name(p)))


def distinct(rows: Iterable[Mapping], key: str) -> list[str]:
    """Sorted distinct non-empty values of ``key`` (for the filter choices)."""
    return sorted({str(r[key]) for r in rows if r.get(key)}, key=str.casefold)
