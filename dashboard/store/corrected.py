"""What the dashboard reads, with the analysts' corrections applied (see
:mod:`dashboard.store.corrections` for the rules): typed rows of the articles on screen, and the
view engine's columns of every article.

Only the articles some correction names are touched, so an archive with few corrections costs
one read of the (small) log on top of the machine's rows. Every function takes an open connection.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from dashboard.rowtypes import ArticleRow, PlaceRow
from dashboard.store import corrections as fixes
from dashboard.store import listing, review
from dashboard.store import rows as convert
from dashboard.store import schema as s
from dashboard.store.corrections import Correction

_ARTICLE_FIELDS = tuple(f.name for f in dataclasses.fields(ArticleRow))
_PLACE_FIELDS = tuple(f.name for f in dataclasses.fields(PlaceRow))


def rows_of(
    conn: Connection, articles: Sequence[ArticleRow], places: Sequence[PlaceRow]
) -> tuple[list[ArticleRow], list[PlaceRow]]:
    """``articles`` and their ``places`` with every correction in force applied (same order;
    places an analyst added come after the machine's)."""
    log = _log_for(conn, articles)
    if not log:
        return list(articles), list(places)
    touched = set(fixes.for_articles(log, [_keyed(a) for a in articles]))
    applied = _apply(conn, [a for a in articles if a.id in touched], places, log)
    new_articles = {a.id: a for a in applied[0]}
    by_article: dict[str, list[PlaceRow]] = {}
    for p in applied[1]:
        by_article.setdefault(p.article_id, []).append(p)
    out_places = [p for p in places if p.article_id not in touched]
    for aid in dict.fromkeys(a.id for a in articles if a.id in touched):
        out_places += by_article.get(aid, [])
    return [new_articles.get(a.id, a) for a in articles], out_places


def articles_of(conn: Connection, articles: Sequence[ArticleRow]) -> list[ArticleRow]:
    """``articles`` as :func:`rows_of` corrects them, with place links read only for the
    articles a correction touches (a card or a copy's button needs no place rows)."""
    log = _log_for(conn, articles)
    if not log:
        return list(articles)
    touched = sorted(fixes.for_articles(log, [_keyed(a) for a in articles]))
    return rows_of(conn, articles, listing.place_rows(conn, touched) if touched else [])[0]


def _keyed(a: ArticleRow) -> dict:
    return {"id": a.id, "url": a.url, "path": a.path}


def _log_for(conn: Connection, articles: Sequence[ArticleRow]) -> list[Correction]:
    """The entries that may name these articles: by id, or by key when the entry's own article
    is no longer stored (a re-ingested edit); an entry of another stored article is left out."""
    log = review.read_log(conn)
    if not log:
        return []
    ids = {a.id for a in articles}
    others = {c.article_id for c in log if c.article_id not in ids}
    stored = _stored(conn, others)
    return [c for c in log if c.article_id in ids or c.article_id not in stored]


def _stored(conn: Connection, ids: Iterable[str]) -> set[str]:
    wanted = sorted(set(ids))
    found: set[str] = set()
    for i in range(0, len(wanted), 500):
        query = select(s.articles.c.id).where(s.articles.c.id.in_(wanted[i : i + 500]))
        found.update(conn.execute(query).scalars())
    return found


def _apply(
    conn: Connection,
    articles: Sequence[ArticleRow],
    places: Sequence[PlaceRow],
    log: Sequence[Correction],
) -> tuple[list[ArticleRow], list[PlaceRow]]:
    ids = {a.id for a in articles}
    # Shallow dicts (dataclasses.asdict deep-copies every field: 2 of 3.7 s at 2,000 corrections)
    article_dicts = [{k: getattr(a, k) for k in _ARTICLE_FIELDS} for a in articles]
    place_dicts = [{k: getattr(p, k) for k in _PLACE_FIELDS} for p in places if p.article_id in ids]
    grouped = fixes.for_articles(log, article_dicts)
    anchored = [aid for aid, entries in grouped.items() if any(c.anchor for c in entries)]
    applied = fixes.apply(article_dicts, place_dicts, log, _texts(conn, anchored))
    return (
        [ArticleRow(**{k: a[k] for k in _ARTICLE_FIELDS if k in a}) for a in applied.articles],
        [PlaceRow(**{k: p[k] for k in _PLACE_FIELDS if k in p}) for p in applied.places],
    )


def _texts(conn: Connection, ids: Sequence[str]) -> dict[str, str]:
    if not ids:
        return {}
    found = conn.execute(select(s.articles).where(s.articles.c.id.in_(list(ids))))
    return {r.id: convert.article_from_row(r).text for r in found}


# --- the view engine's columns -----------------------------------------------------------------


def engine_rows(conn: Connection) -> tuple[list, list, list, set[tuple[str, str]]]:
    """:func:`dashboard.store.listing.engine_rows` with the corrections applied, and the
    (article id, place id) links an analyst put in or confirmed."""
    articles, places, links = (list(x) for x in listing.engine_rows(conn))
    log = review.read_log(conn)
    if not log:
        return articles, places, links, set()
    rows = _named_articles(conn, log)
    fixed, fixed_places = rows_of(conn, rows, listing.place_rows(conn, [a.id for a in rows]))
    changed = {a.id: a for a in fixed if a.corrections}
    known = {p[0] for p in places}
    for p in fixed_places:
        if p.place_id not in known:
            known.add(p.place_id)
            places.append(_place_tuple(p))
    links = [link for link in links if link[0] not in changed] + [
        (p.article_id, p.place_id, p.confidence) for p in fixed_places if p.article_id in changed
    ]
    confirmed = {(p.article_id, p.place_id) for p in fixed_places if p.confirmed}
    return _restoried(conn, _redated(conn, articles, changed), log), places, links, confirmed


def _restoried(conn: Connection, articles: list, log: Sequence[Correction]) -> list:
    """The engine's article tuples with the story corrections applied (column 5, the story)."""
    if not any(c.action in fixes.STORY_ACTIONS for c in log):
        return articles
    a = s.articles.c
    rows = [dict(r._mapping) for r in conn.execute(select(a.id, a.story_id, a.url, a.path))]
    story, _ = fixes.story_ids(rows, log)
    return [(*r[:5], story.get(r[0], r[0])) for r in articles]


def _named_articles(conn: Connection, log: Sequence[Correction]) -> list[ArticleRow]:
    """The stored articles an entry names, by id or by key (URL, else path)."""
    a = s.articles.c
    ids = sorted({c.article_id for c in log})
    keys = sorted({c.article_key for c in log if c.article_key})
    found: set[str] = set()
    for i in range(0, max(len(ids), len(keys)), 500):
        part_ids, part_keys = ids[i : i + 500], keys[i : i + 500]
        query = select(a.id).where(
            or_(a.id.in_(part_ids), a.url.in_(part_keys), a.path.in_(part_keys))
        )
        found.update(conn.execute(query).scalars())
    rows = listing.article_rows(conn, sorted(found))
    return sorted(rows, key=lambda r: (r.published is None, r.published or "", r.id))


def _place_tuple(p: PlaceRow) -> tuple:
    return (p.place_id, p.name, p.kind, p.lat, p.lon, p.in_syria, p.admin1, p.admin1_pcode,
            p.radius_km)  # fmt: skip


def _redated(conn: Connection, articles: list, changed: dict[str, ArticleRow]) -> list:
    """The engine's article tuples with the corrected dates, newest first again (as the engine
    SQL orders them: undated last, then by date descending, title, id)."""
    moved = {i: a for i, a in changed.items() if a.date_correction is not None}
    out = [
        (r[0], moved[r[0]].published, moved[r[0]].published_confidence, False, r[4], *r[5:])
        if r[0] in moved
        else r
        for r in articles
    ]
    if not moved:
        return out
    days = {_iso(a.published) for a in moved.values()}
    titles = _titles_on(conn, days) | {i: a.title for i, a in moved.items()}
    position = {r[0]: n for n, r in enumerate(out)}

    def rank(row: tuple) -> tuple:
        day = _iso(row[1])
        order = -dt.date.fromisoformat(day).toordinal() if day else 0
        # A day a correction moved an article to is ordered by title as the SQL does; any other
        # day keeps the SQL's order.
        tie = (titles.get(row[0], ""), row[0]) if day in days else ("", position[row[0]])
        return (day is None, order, *tie)

    return sorted(out, key=rank)


def _iso(value) -> str | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else value.isoformat()[:10]


def _titles_on(conn: Connection, days: set[str | None]) -> dict[str, str]:
    """Titles of the stored articles on these days (None: the undated ones)."""
    a = s.articles.c
    where: ColumnElement[bool] = a.published.in_([dt.date.fromisoformat(d) for d in days if d])
    if None in days:
        where = or_(where, a.published.is_(None))
    return {i: t or "" for i, t in conn.execute(select(a.id, a.title).where(where))}
