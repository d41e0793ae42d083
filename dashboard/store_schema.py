"""Tables of the article store (SQLAlchemy Core, portable SQL) and the row ↔ value conversions.

articles (one row per article, its date and summary) · article_places (one row per article and
place, the Place's fields copied so the dashboard needs no gazetteer) · mentions (one row per
place mention, with its span into Article.text) · geocode_cache (key → JSON).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

from dashboard.model import Article, DateGuess, EventDate, Geotag, Mention, Place, TaggedPlace

SCHEMA_VERSION = 1
metadata = MetaData()

articles = Table(
    "articles", metadata,
    Column("id", String(32), primary_key=True),
    Column("path", Text, nullable=False, index=True),
    Column("title", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("outlet", Text),
    Column("url", Text),
    Column("published", Date, index=True),
    Column("published_confidence", Float, nullable=False, default=0.0),
    Column("published_method", String(16), nullable=False, default="none"),
    Column("published_evidence", Text, nullable=False, default=""),
    Column("published_span_start", Integer),
    Column("published_span_end", Integer),
    Column("published_candidates", Text, nullable=False, default="[]"),  # ISO dates, JSON
    Column("weekday_conflict", Boolean, nullable=False, default=False),
    Column("date_note", Text, nullable=False, default=""),
    Column("cited_sources", Text, nullable=False, default="[]"),  # JSON lists from here on
    Column("credits", Text, nullable=False, default="[]"),
    Column("event_dates", Text, nullable=False, default="[]"),
    Column("warnings", Text, nullable=False, default="[]"),
    Column("geotagged", Boolean, nullable=False, default=False),
    Column("focus_place_id", Text),
    Column("n_places", Integer, nullable=False, default=0),
    Column("ingested_at", DateTime, nullable=False),
)

article_places = Table(
    "article_places", metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("place_id", Text, primary_key=True),
    Column("rank", Integer, nullable=False),  # the geotagger's order, best first
    Column("name", Text, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("lat", Float, nullable=False),
    Column("lon", Float, nullable=False),
    Column("in_syria", Boolean, nullable=False),
    Column("admin1", Text),
    Column("admin1_pcode", String(16)),
    Column("admin2", Text),
    Column("admin2_pcode", String(16)),
    Column("population", Integer),
    Column("geonames_id", Integer),
    Column("feature_code", String(16)),
    Column("radius_km", Float),
    Column("confidence", Float, nullable=False),
    Column("qualifier", Text),
    Column("is_focus", Boolean, nullable=False, default=False),
    Column("n_mentions", Integer, nullable=False),
)
Index("ix_article_places_place", article_places.c.place_id)

mentions = Table(
    "mentions", metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"),
           nullable=False),
    Column("place_id", Text, nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("surface", Text, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("qualifier", Text),
    Column("evidence", Text, nullable=False, default="[]"),
)
Index("ix_mentions_article", mentions.c.article_id, mentions.c.span_start)

geocode_cache = Table(
    "geocode_cache", metadata,
    Column("key", String(512), primary_key=True),
    Column("value", Text, nullable=False),  # JSON; "null" = asked, nothing found
    Column("updated_at", DateTime, nullable=False),
)

meta = Table(
    "store_meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

#: Columns of article_rows(), in order (the body stays out: the dashboard lists, not reads).
ARTICLE_ROW_COLUMNS = ("id", "path", "title", "outlet", "url", "published", "published_confidence",
                       "published_method", "date_note", "weekday_conflict", "focus_place_id",
                       "n_places")
PLACE_ROW_COLUMNS = ("article_id", "place_id", "name", "kind", "lat", "lon", "admin1",
                     "admin1_pcode", "admin2", "in_syria", "geonames_id", "radius_km",
                     "confidence", "qualifier", "is_focus", "n_mentions")


def _json(values) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def article_values(article: Article, geotag: Geotag | None, now: dt.datetime) -> dict[str, Any]:
    """One articles row."""
    g = article.published
    span = g.span or (None, None)
    events = [{"date": e.date.isoformat() if e.date else None, "span": list(e.span),
               "surface": e.surface, "kind": e.kind} for e in article.event_dates]
    return {
        "id": article.id, "path": article.path, "title": article.title, "body": article.body,
        "outlet": article.outlet, "url": article.url, "published": g.date,
        "published_confidence": g.confidence, "published_method": g.method,
        "published_evidence": g.evidence, "published_span_start": span[0],
        "published_span_end": span[1],
        "published_candidates": _json(d.isoformat() for d in g.candidates),
        "weekday_conflict": g.weekday_conflict, "date_note": g.note,
        "cited_sources": _json(article.cited_sources), "credits": _json(article.credits),
        "event_dates": _json(events), "warnings": _json(article.warnings),
        **geotag_summary(geotag), "ingested_at": now,
    }


def geotag_summary(geotag: Geotag | None) -> dict[str, Any]:
    return {"geotagged": geotag is not None,
            "focus_place_id": geotag.focus.id if geotag and geotag.focus else None,
            "n_places": len(geotag.places) if geotag else 0}


def place_values(article_id: str, geotag: Geotag) -> list[dict[str, Any]]:
    """article_places rows; a place listed twice by the geotagger is kept once (the first)."""
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
        rows.append({
            "article_id": article_id, "place_id": p.id, "rank": rank, "name": p.name,
            "kind": p.kind, "lat": p.lat, "lon": p.lon, "in_syria": p.in_syria,
            "admin1": p.admin1, "admin1_pcode": p.admin1_pcode, "admin2": p.admin2,
            "admin2_pcode": p.admin2_pcode, "population": p.population,
            "geonames_id": p.geonames_id, "feature_code": p.feature_code,
            "radius_km": p.radius_km, "confidence": tp.confidence, "qualifier": tp.qualifier,
            "is_focus": p.id == focus_id, "n_mentions": len(tp.mentions),
        })
    return rows


def mention_values(article_id: str, geotag: Geotag) -> list[dict[str, Any]]:
    return [{"article_id": article_id, "place_id": m.place_id, "span_start": m.start,
             "span_end": m.end, "surface": m.surface, "confidence": m.confidence,
             "qualifier": m.qualifier, "evidence": _json(m.evidence)}
            for tp in geotag.places for m in tp.mentions]


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def article_from_row(row) -> Article:
    r = row._mapping
    start, end = r["published_span_start"], r["published_span_end"]
    guess = DateGuess(
        date=_date(r["published"]), confidence=r["published_confidence"],
        method=r["published_method"], evidence=r["published_evidence"],
        span=(start, end) if start is not None else None,
        candidates=tuple(_date(d) for d in json.loads(r["published_candidates"])),
        weekday_conflict=bool(r["weekday_conflict"]), note=r["date_note"],
    )
    events = tuple(EventDate(_date(e["date"]), tuple(e["span"]), e["surface"], e["kind"])
                   for e in json.loads(r["event_dates"]))
    return Article(
        id=r["id"], path=r["path"], title=r["title"], body=r["body"], outlet=r["outlet"],
        url=r["url"], published=guess, cited_sources=tuple(json.loads(r["cited_sources"])),
        credits=tuple(json.loads(r["credits"])), event_dates=events,
        warnings=tuple(json.loads(r["warnings"])),
    )


def place_from_row(r) -> Place:
    return Place(
        id=r["place_id"], name=r["name"], kind=r["kind"], lat=r["lat"], lon=r["lon"],
        in_syria=bool(r["in_syria"]), admin1=r["admin1"], admin1_pcode=r["admin1_pcode"],
        admin2=r["admin2"], admin2_pcode=r["admin2_pcode"], population=r["population"],
        geonames_id=r["geonames_id"], feature_code=r["feature_code"], radius_km=r["radius_km"],
    )


def geotag_from_rows(place_rows, mention_rows) -> Geotag:
    by_place: dict[str, list[Mention]] = {}
    for m in mention_rows:
        by_place.setdefault(m["place_id"], []).append(Mention(
            m["span_start"], m["span_end"], m["surface"], m["place_id"], m["confidence"],
            m["qualifier"], tuple(json.loads(m["evidence"]))))
    tagged, focus = [], None
    for r in place_rows:
        place = place_from_row(r)
        tagged.append(TaggedPlace(place, tuple(by_place.get(place.id, ())), r["confidence"],
                                  r["qualifier"]))
        if r["is_focus"]:
            focus = place
    return Geotag(tuple(tagged), focus)
