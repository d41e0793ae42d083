"""Conversions between pipeline values (Article, Geotag) and rows of the store's tables."""

from __future__ import annotations

import datetime as dt
import json
from operator import attrgetter
from typing import Any, NamedTuple

from dashboard.model import (
    Article,
    DateGuess,
    Geotag,
    Mention,
    Place,
    TaggedPlace,
    article_text,
)
from dashboard.store import datepack, jsontext, mentionpack

# Place fields copied to and from article_places columns of the same name (id is place_id).
_PLACE_FIELDS = (
    "name",
    "kind",
    "lat",
    "lon",
    "in_syria",
    "admin1",
    "admin1_pcode",
    "admin2",
    "admin2_pcode",
    "population",
    "geonames_id",
    "feature_code",
    "radius_km",
)


def article_values(article: Article, geotag: Geotag | None, now: dt.datetime) -> dict[str, Any]:
    """One articles row."""
    return {**prepare(article, geotag).columns, "ingested_at": now}


class Prepared(NamedTuple):
    """An article's rows but for what its write decides (``ingested_at``, its story, PostgreSQL's
    search document): the articles columns, and its article_places rows as tuples in
    :data:`PLACE_COLUMNS` order. Made where the article is geotagged (in ingest's workers), so
    the single writer only inserts them."""

    columns: dict[str, Any]
    places: list[tuple]

    @property
    def geotagged(self) -> bool:
        return bool(self.columns["geotagged"])


def prepare(article: Article, geotag: Geotag | None) -> Prepared:
    """The rows of an article and its geotag (None: stored without places)."""
    g = article.published
    span = g.span or (None, None)
    text = article.text
    columns = {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "body": article.body,
        "outlet": article.outlet,
        "url": article.url,
        "published": g.date,
        "published_confidence": g.confidence,
        "published_method": g.method,
        **datepack.evidence_values(g.evidence, text),
        "published_span_start": span[0],
        "published_span_end": span[1],
        "published_candidates": datepack.candidates_value(g.candidates, g.date),
        "weekday_conflict": g.weekday_conflict,
        "date_note": g.note,
        "cited_sources": jsontext.array(article.cited_sources),
        "credits": jsontext.array(article.credits),
        "event_dates": datepack.events_value(article.event_dates, text),
        "warnings": jsontext.array(article.warnings),
        **geotag_summary(geotag, text),
    }
    return Prepared(columns, place_tuples(article.id, geotag) if geotag is not None else [])


def geotag_summary(geotag: Geotag | None, text: str | None = None) -> dict[str, Any]:
    """The articles columns of a geotag, its mentions packed (``text``: the article's, so that
    surfaces equal to it are left out; see :mod:`dashboard.store.mentionpack`)."""
    found = mentionpack.geotag_mentions(geotag) if geotag else []
    return {
        "geotagged": geotag is not None,
        "focus_place_id": geotag.focus.id if geotag and geotag.focus else None,
        "n_places": len(geotag.places) if geotag else 0,
        "mentions": mentionpack.pack(found, text, mentionpack.places_of(geotag) if geotag else ()),
    }


#: The columns of an article_places row, in the order of :func:`place_tuples`.
PLACE_COLUMNS = (
    "article_id",
    "place_id",
    "rank",
    *_PLACE_FIELDS,
    "confidence",
    "qualifier",
    "is_focus",
    "n_mentions",
)
SUMMARY_COLUMNS = ("geotagged", "focus_place_id", "n_places", "mentions")


def place_values(article_id: str, geotag: Geotag) -> list[dict[str, Any]]:
    """article_places rows; a place listed twice by the geotagger is kept once (the first)."""
    return [dict(zip(PLACE_COLUMNS, row, strict=True)) for row in place_tuples(article_id, geotag)]


_PLACE_VALUES = attrgetter(*_PLACE_FIELDS)


def place_tuples(article_id: str, geotag: Geotag) -> list[tuple]:
    """:func:`place_values` as tuples in :data:`PLACE_COLUMNS` order."""
    rows, seen = [], set()
    focus_id = geotag.focus.id if geotag.focus else None
    tagged = list(geotag.places)
    if geotag.focus and all(tp.place.id != focus_id for tp in tagged):
        tagged.append(TaggedPlace(geotag.focus, (), 0.0))  # keep a focus named by no mention
    for rank, tp in enumerate(tagged):
        p = tp.place
        if p.id in seen:
            continue
        seen.add(p.id)
        rows.append(
            (
                article_id,
                p.id,
                rank,
                *_PLACE_VALUES(p),
                tp.confidence,
                tp.qualifier,
                p.id == focus_id,
                len(tp.mentions),
            )
        )
    return rows


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def article_from_row(row) -> Article:
    r = row._mapping
    start, end = r["published_span_start"], r["published_span_end"]
    text = article_text(r["title"], r["body"])
    at = (r["published_evidence_start"], r["published_evidence_end"])
    guess = DateGuess(
        date=_date(r["published"]),
        confidence=r["published_confidence"],
        method=r["published_method"],
        evidence=datepack.evidence_from(r["published_evidence"], *at, text),
        span=(start, end) if start is not None else None,
        candidates=datepack.candidates_from(r["published_candidates"], _date(r["published"])),
        weekday_conflict=bool(r["weekday_conflict"]),
        note=r["date_note"],
    )
    return Article(
        id=r["id"],
        path=r["path"],
        title=r["title"],
        body=r["body"],
        outlet=r["outlet"],
        url=r["url"],
        published=guess,
        cited_sources=tuple(json.loads(r["cited_sources"])),
        credits=tuple(json.loads(r["credits"])),
        event_dates=datepack.events_from(r["event_dates"], text),
        warnings=tuple(json.loads(r["warnings"])),
    )


def place_from_row(r) -> Place:
    values = {name: r[name] for name in _PLACE_FIELDS}
    values["in_syria"] = bool(values["in_syria"])
    return Place(id=r["place_id"], **values)


def geotag_from_rows(place_rows, mention_rows) -> Geotag:
    by_place: dict[str, list[Mention]] = {}
    for m in mention_rows:
        by_place.setdefault(m["place_id"], []).append(
            Mention(
                m["span_start"],
                m["span_end"],
                m["surface"],
                m["place_id"],
                m["confidence"],
                m["qualifier"],
                tuple(json.loads(m["evidence"])),
            )
        )
    tagged, focus = [], None
    for r in place_rows:
        place = place_from_row(r)
        tagged.append(
            TaggedPlace(place, tuple(by_place.get(place.id, ())), r["confidence"], r["qualifier"])
        )
        if r["is_focus"]:
            focus = place
    return Geotag(tuple(tagged), focus)


def page_values(article: Article) -> dict[str, Any] | None:
    """The article_pages row of an article read from a web page; None for any other."""
    page = article.page
    if page is None:
        return None
    return {
        "article_id": article.id,
        "url": page.url,
        "canonical_url": page.canonical_url,
        "language": page.language,
        "site_name": page.site_name,
        "author": page.author,
        "extractor": page.extractor,
        "html_gz": page.html_gz,
    }
