"""Export the articles in view as CSV (one row per article), GeoJSON (one point per place) and
a standalone HTML map (the map in one file, its scripts from public CDNs when opened).

Cells that a spreadsheet would run as a formula (starting with ``= + - @`` or a tab) are prefixed
with an apostrophe: the export is opened by analysts in spreadsheet programs. Places carry their
canonical name (`places`, `place`) and the name the dashboard shows (`places_display`,
`place_display`: the Indonesian name where reviewed). Each value says where it came from:
``machine``, or ``corrected:<id>`` naming the analyst's correction (`published_provenance`,
`place_provenance` one per place in `places`' order; in GeoJSON `provenance`).
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict

from dashboard.map.assets import cdn_urls
from dashboard.map.basemap import Boundaries
from dashboard.map.data import PlaceSummary, governorate_label
from dashboard.map.render import build_map
from dashboard.rowtypes import ArticleRow, PlaceRow

CSV_COLUMNS = (
    "id",
    "title",
    "outlet",
    "url",
    "published",
    "published_confidence",
    "published_method",
    "date_estimated",
    "places",
    "places_display",
    "place_ids",
    "governorates",
    "governorates_display",
    "path",
    "published_provenance",
    "place_provenance",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    if value is None:
        return ""
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def provenance(correction_id: int | None) -> str:
    """Where a value came from: the machine, or the analyst's correction that set it."""
    return "machine" if correction_id is None else f"corrected:{correction_id}"


def _places_by_article(places: Iterable[PlaceRow]) -> dict[str, list[PlaceRow]]:
    by_article: dict[str, list[PlaceRow]] = defaultdict(list)
    for p in places:
        if p.mappable:
            by_article[p.article_id].append(p)
    return by_article


def to_csv(
    articles: Sequence[ArticleRow],
    places: Iterable[PlaceRow],
    governorate_names: Mapping[str, str] | None = None,
) -> bytes:
    """UTF-8 CSV (with BOM, so spreadsheet programs pick the encoding) of ``articles``; the
    governorates by their canonical names and, in ``governorates_display``, as shown (in
    Indonesian by ``governorate_names``, P-code → name)."""
    names = governorate_names or {}
    by_article = _places_by_article(places)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for a in articles:
        own = by_article.get(a.id, [])
        governorates = sorted({p.admin1 for p in own if p.admin1})
        shown = sorted({governorate_label(p, names) or "" for p in own if p.admin1})
        row = {
            **asdict(a),
            "date_estimated": "ya" if a.estimated else ("" if a.published else "tanpa tanggal"),
            "places": "; ".join(p.name for p in own),
            "places_display": "; ".join(p.display_name for p in own),
            "place_ids": "; ".join(p.place_id for p in own),
            "governorates": "; ".join(governorates),
            "published_provenance": provenance(a.date_correction),
            "place_provenance": "; ".join(provenance(p.correction) for p in own),
            "governorates_display": "; ".join(shown),
        }
        writer.writerow([_cell(row.get(col)) for col in CSV_COLUMNS])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_geojson(
    articles: Sequence[ArticleRow],
    places: Iterable[PlaceRow],
    governorate_names: Mapping[str, str] | None = None,
) -> bytes:
    """A FeatureCollection: one Point per (article, Syrian place) link, article fields as props
    (the governorate also as shown, in Indonesian by ``governorate_names``).

    Articles with no mappable place have no geometry and are left out.
    """
    by_article = _places_by_article(places)
    names = governorate_names or {}
    features = []
    for a in articles:
        for p in by_article.get(a.id, []):
            features.append(
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
                    "properties": {
                        "article_id": a.id,
                        "title": a.title,
                        "outlet": a.outlet,
                        "url": a.url,
                        "published": a.published,
                        "published_confidence": a.published_confidence,
                        "date_estimated": a.estimated,
                        "place_id": p.place_id,
                        "place": p.name,
                        "place_display": p.display_name,
                        "kind": p.kind,
                        "governorate": p.admin1,
                        "governorate_display": governorate_label(p, names),
                        "confidence": p.confidence,
                        "is_focus": p.is_focus,
                        "provenance": provenance(p.correction),
                        "published_provenance": provenance(a.date_correction),
                    },
                }
            )
    collection = {"type": "FeatureCollection", "features": features}
    return json.dumps(collection, ensure_ascii=False).encode("utf-8")


def to_map_html(
    places: Sequence[PlaceSummary],
    *,
    admin1_counts: Mapping[str, int],
    boundaries: Boundaries | None = None,
    governorate_names: Mapping[str, str] | None = None,
) -> bytes:
    """The map of the articles in view as one HTML file: the places the dashboard's map shows
    (every pin on its own) and the governorate counts over the outlines. Opened away from the
    dashboard it has no local server, so Leaflet and its plugins come from their public CDNs
    (pinned to the versions the dashboard serves)."""
    m = build_map(
        list(places),
        assets=cdn_urls(),
        boundaries=boundaries,
        layers=("markers", "choropleth"),
        admin1_counts=admin1_counts,
        governorate_names=governorate_names,
    )
    return m.get_root().render().encode("utf-8")
