"""Exporting the articles in view as CSV, GeoJSON and a standalone HTML map."""

from __future__ import annotations

import csv
import dataclasses
import io
import json

import pytest
import viewworld

from dashboard.rowtypes import ArticleRow, PlaceRow
from dashboard.view.export import to_csv, to_geojson

pytestmark = pytest.mark.unit

ARTICLES = [
    ArticleRow(
        **{
            "id": "a1",
            "title": "Serangan di Douma",
            "outlet": "Kiblat",
            "url": "https://x.org/1",
            "published": "2017-02-08",
            "published_confidence": 0.9,
            "published_method": "explicit",
            "path": "a1.txt",
        }
    ),
    ArticleRow(
        **{
            "id": "a2",
            "title": '=HYPERLINK("http://evil")',
            "outlet": "+cmd",
            "url": None,
            "published": None,
            "published_confidence": 0.0,
            "published_method": "none",
            "path": "a2",
        }
    ),
]
PLACES = [
    PlaceRow(
        **{
            "article_id": "a1",
            "place_id": "gn:1",
            "name": "Douma",
            "kind": "populated_place",
            "lat": 33.57,
            "lon": 36.4,
            "admin1": "Rural Damascus",
            "admin1_pcode": "SY03",
            "in_syria": True,
            "confidence": 0.9,
        }
    ),
    PlaceRow(
        **{
            "article_id": "a1",
            "place_id": "foreign:ru",
            "name": "Rusia",
            "kind": "country",
            "lat": 55.7,
            "lon": 37.6,
            "admin1": None,
            "in_syria": False,
            "confidence": 0.9,
        }
    ),
]


def read_csv(data: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_csv_has_one_row_per_article_with_its_syrian_places():
    rows = read_csv(to_csv(ARTICLES, PLACES))
    assert [r["id"] for r in rows] == ["a1", "a2"]
    assert rows[0]["places"] == "Douma" and rows[0]["governorates"] == "Rural Damascus"


def test_the_exports_name_governorates_in_indonesian_beside_the_canonical_name():
    names = {"SY03": "Pedesaan Damaskus"}
    row = read_csv(to_csv(ARTICLES, PLACES, names))[0]
    assert row["governorates"] == "Rural Damascus"
    assert row["governorates_display"] == "Pedesaan Damaskus"
    (feature,) = json.loads(to_geojson(ARTICLES, PLACES, names))["features"]
    assert feature["properties"]["governorate_display"] == "Pedesaan Damaskus"


@pytest.mark.parametrize(("column", "value"), [("title", "'=HYPERLINK"), ("outlet", "'+cmd")])
def test_csv_cells_that_a_spreadsheet_would_run_are_defused(column, value):
    assert read_csv(to_csv(ARTICLES, PLACES))[1][column].startswith(value)


def test_csv_starts_with_a_bom_so_spreadsheets_read_utf8():
    assert to_csv(ARTICLES, PLACES).startswith("\ufeff".encode())


def test_geojson_has_a_point_per_syrian_place_link_with_lon_lat_order():
    data = json.loads(to_geojson(ARTICLES, PLACES))
    assert data["type"] == "FeatureCollection"
    (feature,) = data["features"]  # the foreign place and the placeless article are left out
    assert feature["geometry"] == {"type": "Point", "coordinates": [36.4, 33.57]}
    assert feature["properties"]["article_id"] == "a1"
    assert feature["properties"]["place_id"] == "gn:1"


def test_geojson_of_nothing_is_an_empty_collection():
    assert json.loads(to_geojson([], [])) == {"type": "FeatureCollection", "features": []}


def test_exports_carry_both_the_canonical_and_the_shown_name():
    places = [
        dataclasses.replace(PLACES[0], place_id="gn:170654", name="Damascus", name_id="Damaskus"),
        dataclasses.replace(PLACES[0], place_id="gn:169577", name="Homs"),
    ]  # no Indonesian name
    (row, _) = read_csv(to_csv(ARTICLES, places))
    assert (row["places"], row["places_display"]) == ("Damascus; Homs", "Damaskus; Homs")
    props = [f["properties"] for f in json.loads(to_geojson(ARTICLES, places))["features"]]
    assert [(p["place"], p["place_display"]) for p in props] == [
        ("Damascus", "Damaskus"),
        ("Homs", "Homs"),
    ]


def test_the_html_map_holds_the_places_in_view_and_loads_its_scripts_from_cdns():
    from dashboard.map.assets import ASSETS
    from dashboard.map.data import listed_articles, places_in_view, summarize
    from dashboard.view.export import to_map_html

    sel = viewworld.select(ARTICLES, PLACES)
    idx = places_in_view(sel)
    places = summarize(sel, idx, listed_articles(sel, idx, 5), {a.id: a for a in ARTICLES})
    html = to_map_html(places, admin1_counts=sel.gov_counts).decode("utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert '"gn:1"' in html  # Douma's marker
    assert "foreign:ru" not in html  # foreign places never reach the map
    assert all(asset.cdn in html for asset in ASSETS if asset.key.startswith("leaflet"))
    assert "node_modules" not in html  # no path that only the dashboard's server answers
