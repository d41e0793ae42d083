"""The offline base map reads with no tiles: neighbouring countries are land, major cities named."""

from __future__ import annotations

import json
import re

import pytest

from dashboard import htmlsafe
from dashboard.geo.build.neighbours import clip, neighbours, read_table
from dashboard.map.assets import local_urls
from dashboard.map.basemap import (
    COUNTRY_FILE,
    GOVERNORATES_FILE,
    NEIGHBOURS_FILE,
    Label,
    city_labels,
    country_labels,
    load_boundaries,
)
from dashboard.map.render import NEIGHBOUR_STYLE, build_base_map
from dashboard.model import Place

LOCAL = local_urls("../app.assets/")


def _city(pid, name, lat, lon, pop, code, name_id=None):
    return Place(
        pid,
        name,
        "populated_place",
        lat,
        lon,
        True,
        population=pop,
        feature_code=code,
        name_id=name_id,
    )


DAMASCUS = _city("gn:170654", "Damascus", 33.51, 36.28, 1_569_394, "PPLC", "Damaskus")
DOUMA = _city("gn:170592", "Douma", 33.57, 36.40, 111_864, "PPLA2")  # 13 km from Damascus
QUNEITRA = _city("gn:173334", "Quneitra", 33.13, 35.82, 36_143, "PPLA")  # a seat, small
PALMYRA = _city("gn:163808", "Palmyra", 34.56, 38.27, 51_015, "PPLA2")
JARABULUS = _city("gn:169179", "Jarabulus", 36.82, 38.01, 24_997, "PPLA2")  # too small
MOSCOW = Place("foreign:moscow", "Moskow", "populated_place", 55.75, 37.62, False, population=10**7)


@pytest.mark.unit
def test_city_labels_are_the_seats_and_large_towns_spaced_apart_in_indonesian():
    labels = city_labels([DOUMA, JARABULUS, MOSCOW, PALMYRA, QUNEITRA, DAMASCUS])
    assert [lb.text for lb in labels] == ["Damaskus", "Quneitra", "Palmyra"]
    assert {lb.kind for lb in labels} == {"city"}


@pytest.mark.unit
def test_a_clipped_ring_stays_inside_the_window_and_closed():
    square = [(20.0, 30.0), (40.0, 30.0), (40.0, 50.0), (20.0, 50.0), (20.0, 30.0)]
    ring = clip(square, (27.0, 27.5, 50.0, 42.5))
    assert ring[0] == ring[-1]
    assert {tuple(p) for p in ring} == {(27.0, 30.0), (40.0, 30.0), (40.0, 42.5), (27.0, 42.5)}
    assert clip([(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 0.0)], (27.0, 27.5, 50.0, 42.5)) is None


@pytest.mark.unit
def test_topojson_arcs_are_decoded_and_only_the_listed_countries_kept():
    topo = {
        "type": "Topology",
        "transform": {"scale": [0.01, 0.01], "translate": [30.0, 30.0]},
        "arcs": [[[0, 0], [500, 0], [0, 500], [-500, 0], [0, -500]]],
        "objects": {
            "countries": {
                "type": "GeometryCollection",
                "geometries": [
                    {"type": "Polygon", "arcs": [[0]], "properties": {"name": "Jordan"}},
                    {"type": "Polygon", "arcs": [[0]], "properties": {"name": "Narnia"}},
                ],
            }
        },
    }
    data = neighbours(topo, read_table())
    assert [f["properties"]["name_id"] for f in data["features"]] == ["Yordania"]
    ring = data["features"][0]["geometry"]["coordinates"][0][0]
    assert ring[:3] == [[30.0, 30.0], [35.0, 30.0], [35.0, 35.0]]


@pytest.mark.integration
def test_the_bundled_neighbours_surround_syria_small_and_named():
    b = load_boundaries()
    names = {f["properties"]["name_id"] for f in b.neighbours["features"]}
    assert {"Turki", "Lebanon", "Yordania", "Irak", "Israel"} <= names
    assert len(json.dumps(b.neighbours)) < 40_000  # fetched by every page, saved in every export
    assert {lb.text for lb in country_labels(b.neighbours)} >= {"Turki", "Irak", "Yordania"}


@pytest.mark.integration
@pytest.mark.parametrize(("tiles", "fill"), [(False, 1.0), (True, 0.0)])
def test_without_tiles_neighbours_are_filled_as_land_and_cities_labelled(tiles, fill):
    labels = (Label("Damaskus", 33.51, 36.28, "city"),)
    m = build_base_map(assets=LOCAL, boundaries=load_boundaries(), tiles=tiles, labels=labels)
    html = m.get_root().render()
    style = {**NEIGHBOUR_STYLE, "fillOpacity": fill}
    assert htmlsafe.script_json(style) in html
    assert '["Damaskus",33.51,36.28,"city"]' in html.replace(" ", "")
    assert '"Turki"' in html and "pane: 'snm-labels'" in html


BOUNDARY_FILES = (NEIGHBOURS_FILE, COUNTRY_FILE, GOVERNORATES_FILE)


@pytest.mark.integration
def test_a_served_map_fetches_its_outlines_in_drawing_order_instead_of_carrying_them():
    # The app's map script is sent again on every rerun: the outlines are files the page fetches.
    b = load_boundaries()
    html = build_base_map(assets=LOCAL, boundaries=b, outlines_url="../outl/").get_root().render()
    urls = re.findall(r'"url":"([^"]*)"', html)
    assert urls == [f"../outl/{name}" for name in BOUNDARY_FILES]  # neighbours under Syria
    first_point = json.dumps(b.governorates["features"][0]["geometry"]["coordinates"][0][0][0])
    assert first_point.replace(" ", "") not in html.replace(" ", "")
    assert len(html) < 30_000


@pytest.mark.integration
def test_a_map_saved_as_one_file_carries_its_outlines():
    b = load_boundaries()
    html = build_base_map(assets=LOCAL, boundaries=b).get_root().render()
    assert '"url":null' in html and "../outl/" not in html
    for data in (b.neighbours, b.country, b.governorates):
        point = data["features"][0]["geometry"]["coordinates"][0][0][0]
        assert json.dumps(point).replace(" ", "") in html.replace(" ", "")
