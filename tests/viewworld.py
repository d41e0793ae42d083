"""Build the view engine's columns from hand-made typed rows, as the store would give them."""

from __future__ import annotations

from collections.abc import Iterable

from dashboard.rowtypes import ArticleRow, PlaceRow
from dashboard.store import columns, query


def newest_first(articles: Iterable[ArticleRow]) -> list[ArticleRow]:
    """The store's engine order: dated by date descending, then title and id; undated last."""
    by_title = sorted(articles, key=lambda a: (a.title, a.id))
    dated = sorted((a for a in by_title if a.published), key=lambda a: a.published, reverse=True)
    return dated + [a for a in by_title if not a.published]


def build(articles: Iterable[ArticleRow], places: Iterable[PlaceRow]) -> columns.Columns:
    places = list(places)
    art = [
        (a.id, a.published, a.published_confidence, a.weekday_conflict, a.outlet, a.story)
        for a in newest_first(articles)
    ]
    seen: dict[str, PlaceRow] = {}
    for p in places:
        seen.setdefault(p.place_id, p)
    plc = [
        (
            p.place_id,
            p.name,
            p.kind,
            p.lat,
            p.lon,
            p.in_syria,
            p.admin1,
            p.admin1_pcode,
            p.radius_km,
        )
        for p in sorted(seen.values(), key=lambda p: p.place_id)
    ]
    links = [(p.article_id, p.place_id, p.confidence) for p in places]
    names = {p.place_id: p.name_id for p in places if p.name_id}
    return columns.build(art, plc, links, names)


def select(articles, places, **filters) -> query.Selection:
    return query.select(build(articles, places), query.ViewFilter(**filters))
