"""The map builder, rendered to HTML without a browser."""

from __future__ import annotations

import dataclasses
import json
import re

import folium
import pytest
from layerdata import layer_views
from viewworld import select

from dashboard.map.assets import cdn_urls, local_urls, localize
from dashboard.map.choropleth import class_breaks
from dashboard.map.clicks import PLACE_ID_LABEL
from dashboard.map.clusters import cluster_places
from dashboard.map.data import (
    admin1_labels,
    governorate_label,
    governorate_names,
    listed_articles,
    listed_cap,
    places_in_view,
    summarize,
)
from dashboard.map.frame import FrameView
from dashboard.map.render import (
    LAYERS,
    MAX_FOCUS_ZOOM,
    MIN_ZOOM,
    SYRIA_BOUNDS,
    Boundaries,
    build_map,
    build_map_parts,
    zoom_to_fit,
)
from dashboard.model import Place
from dashboard.rowtypes import ArticleRow, PlaceRow
from dashboard.view.cards import place_label

pytestmark = pytest.mark.unit

LOCAL = local_urls("../app.assets/")
HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(2)> ${alert(3)} `tick` \\u {"


def place_row(
    article_id,
    place_id,
    name,
    *,
    kind="populated_place",
    lat=33.51,
    lon=36.29,
    admin1="Damascus",
    pcode="SY01",
    in_syria=True,
    radius_km=None,
    confidence=0.9,
):
    return PlaceRow(
        article_id=article_id,
        place_id=place_id,
        name=name,
        kind=kind,
        lat=lat,
        lon=lon,
        admin1=admin1,
        admin1_pcode=pcode,
        in_syria=in_syria,
        radius_km=radius_km,
        confidence=confidence,
        n_mentions=1,
    )


ROWS = [
    place_row("a1", "gn:170654", "Damascus"),
    place_row("a2", "gn:170654", "Damascus"),
    place_row("a3", "gn:170654", "Damascus"),
    place_row("a2", "gn:169577", "Homs", lat=34.73, lon=36.71, admin1="Homs", pcode="SY04"),
    place_row(
        "a1",
        "region:eastern-ghouta",
        "Eastern Ghouta",
        kind="region",
        lat=33.53,
        lon=36.38,
        admin1="Rural Damascus",
        pcode="SY03",
        radius_km=12.0,
    ),
    place_row("a1", "foreign:russia", "Russia", kind="country", lat=55.7, lon=37.6, in_syria=False),
    place_row("a3", "ocha:SY", "Syria", kind="country", lat=35.0, lon=38.5),
]
ARTICLES = [
    ArticleRow(
        "a1", "Serangan di Damaskus", "Kiblat", published="2017-02-08", published_confidence=0.9
    ),
    ArticleRow("a2", HOSTILE, HOSTILE, published="2019-05-27", published_confidence=0.9),
    ArticleRow("a3", "Perkiraan", None, published="2016-01-01", published_confidence=0.4),
]
SQUARE = [[[36.0, 33.0], [37.0, 33.0], [37.0, 34.0], [36.0, 34.0], [36.0, 33.0]]]
BOUNDARIES = Boundaries(
    country={
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {},
                "geometry": {"type": "Polygon", "coordinates": SQUARE},
            }
        ],
    },
    governorates={
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"adm1_name": "Damascus", "adm1_pcode": "SY01"},
                "geometry": {"type": "Polygon", "coordinates": SQUARE},
            }
        ],
    },
)


def summaries(rows=ROWS, articles=ARTICLES, cap=None):
    """The map's place summaries and the selection they come from (every filter off)."""
    sel = select(articles, rows)
    idx = places_in_view(sel)
    listed = listed_articles(sel, idx, listed_cap(len(idx)) if cap is None else cap)
    by_id = {a.id: a for a in articles}
    return summarize(sel, idx, listed, by_id), sel


def summarize_places(rows=ROWS, articles=ARTICLES, cap=None):
    return summaries(rows, articles, cap)[0]


def render(layers=("markers",), assets=LOCAL, **kwargs) -> str:
    places, sel = summaries()
    c = sel.columns
    points = [c.place_index[p.id] for p in places if p.kind != "admin1" and not p.radius_km]
    m = build_map(
        places,
        assets=assets,
        boundaries=BOUNDARIES,
        layers=layers,
        admin1_counts=sel.gov_counts,
        clustering=cluster_places(sel, points),
        **kwargs,
    )
    return m.get_root().render()


def rows_of(table: dict) -> list[dict]:
    """A columnar payload table back as rows (as the layer's script rebuilds them)."""
    keys = list(table)
    return [dict(zip(keys, values, strict=True)) for values in zip(*table.values(), strict=True)]


def payload(html: str) -> dict:
    """The places data the PlaceLayer script embeds (as JSON, inside the script)."""
    merged = {"places": [], "articles": []}
    for data in layer_views(html):
        offset = len(merged["articles"])
        merged["articles"] += rows_of(data["articles"])
        for p in rows_of(data["places"]):
            merged["places"].append({**p, "top": [i + offset for i in p["top"]]})
    return merged


def test_each_mappable_place_is_drawn_once_with_its_article_count():
    rows = {p["id"]: p for p in payload(render())["places"]}
    assert {pid: row["n"] for pid, row in rows.items()} == {
        "gn:170654": 3,
        "gn:169577": 1,
        "region:eastern-ghouta": 1,
    }


@pytest.mark.parametrize("place_id", ["foreign:russia", "ocha:SY"])
def test_foreign_places_and_the_country_are_never_plotted(place_id):
    assert place_id not in {p["id"] for p in payload(render())["places"]}


def test_a_region_is_drawn_as_a_circle_of_its_radius_not_a_pin():
    rows = {p["id"]: p for p in payload(render())["places"]}
    assert rows["region:eastern-ghouta"]["radius"] == 12.0
    assert rows["gn:170654"]["radius"] == 0  # a town: a pin, no radius


def test_popup_lists_each_article_with_title_outlet_and_date():
    data = payload(render())
    damascus = next(p for p in data["places"] if p["id"] == "gn:170654")
    listed = [data["articles"][i] for i in damascus["top"]]
    assert [a["id"] for a in listed] == ["a2", "a1", "a3"]  # newest first
    assert listed[1] == {
        "id": "a1",
        "title": "Serangan di Damaskus",
        "outlet": "Kiblat",
        "date": "2017-02-08",
        "estimated": False,
    }


def test_an_estimated_date_is_marked_in_the_popup():
    data = payload(render())
    (estimate,) = [a for a in data["articles"] if a["id"] == "a3"]
    assert estimate["estimated"] is True
    assert "(a.estimated ? ' (perkiraan)' : '')" in render()


def test_popups_carry_the_place_id_label_the_app_parses_clicks_with():
    html = render()
    assert f'"label":"{PLACE_ID_LABEL}"' in html
    assert "setAttribute('data-place-id', place.id)" in html


def test_popup_caps_its_article_list_and_counts_the_rest():
    places = summarize_places(ROWS, ARTICLES, cap=1)
    damascus = next(p for p in places if p.id == "gn:170654")
    assert len(damascus.listed) == 1 and damascus.n_unlisted == 2


@pytest.mark.parametrize("layers", [("markers",), ("markers", "heat", "choropleth"), ("heat",)])
def test_no_script_or_stylesheet_comes_from_a_cdn(layers):
    html = render(layers=layers)
    links = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert links, "the page must load Leaflet from somewhere"
    assert all(link.startswith("../app.assets/node_modules/") for link in links), links


def test_the_cdn_fallback_uses_the_same_pinned_versions():
    html = render(assets=cdn_urls())
    assert "leaflet@1.9.4/dist/leaflet.js" in html
    assert "jquery@3.7.1" in html


def test_jquery_is_loaded_because_folium_scripts_call_dollar():
    assert "node_modules/jquery/dist/jquery.min.js" in render(layers=("choropleth",))


@pytest.mark.parametrize("needle", ["<script>alert(1)", "<img src=x", "${alert(3)}", "`tick`"])
def test_hostile_article_text_never_appears_raw(needle):
    assert needle not in render(layers=("markers", "heat", "choropleth"))


def test_hostile_text_is_kept_as_json_escaped_data():
    data = payload(render())
    assert HOSTILE in {a["title"] for a in data["articles"]}  # shown as text, not lost


@pytest.mark.parametrize("tiles", [True, False])
def test_the_country_is_filled_translucently_and_governorates_are_outlined(tiles):
    # One style either way: the tiles may vanish in the browser (TileFallback), and the outline
    # map must still read as land on the sea-coloured background.
    html = render(tiles=tiles)
    assert '"fillColor":"#fbfaf6","fillOpacity":0.6' in html
    assert '"color":"#90a4ae","weight":1,"fillOpacity":0.0' in html


@pytest.mark.parametrize("layers", [("markers",), ("heat",), ("choropleth",), ()])
def test_the_map_styles_are_in_the_header_whatever_the_layers(layers):
    html = render(layers=layers)
    assert ".snm-legend" in html and ".leaflet-container { background" in html


TILE_FALLBACK = re.compile(
    # The layer is dropped only while no tile has loaded: one stray error online keeps it.
    r"var map = (\w+), tiles = (\w+);.*?"
    r"tiles\.once\('tileload', function\(\) \{ reached = true; \}\);"
    r"\s*tiles\.on\('tileerror', function fallback\(\) \{\s*if \(reached\) \{ return; \}.*?"
    r"map\.removeLayer\(tiles\);.*?addAttribution\(\"Ubin peta tidak terjangkau — garis batas "
    r"saja\"\)",
    re.S,
)


@pytest.mark.parametrize("tiles", [True, False])
def test_the_map_sets_max_zoom_with_and_without_tiles(tiles):
    # folium drops maxZoom when built with tiles=None; clustering needs it.
    m = build_map(summarize_places(ROWS, ARTICLES), assets=LOCAL, tiles=tiles)
    assert m.options["maxZoom"] == 18
    assert '"maxZoom": 18' in m.get_root().render()


def test_osm_tiles_are_on_by_default_with_the_offline_fallback_script():
    m = build_map(summarize_places(ROWS, ARTICLES), assets=LOCAL, boundaries=BOUNDARIES)
    html = m.get_root().render()
    tile_layers = re.findall(
        r"var (tile_layer_\w+) = L\.tileLayer\(\s*\"https://tile\."
        r"openstreetmap\.org/",
        html,
    )
    assert len(tile_layers) == 1
    fallback = TILE_FALLBACK.search(html)
    assert fallback, "the tile fallback script is missing"
    assert fallback.groups() == (m.get_name(), tile_layers[0])
    # The fallback runs after the tile layer exists.
    assert html.index(f"var {tile_layers[0]} =") < fallback.start()


def test_with_tiles_off_the_map_has_no_tile_layer_and_no_fallback():
    html = render(tiles=False)
    assert "openstreetmap" not in html and "L.tileLayer" not in html
    assert "tileerror" not in html


def test_choropleth_colours_governorates_by_article_count_with_a_legend():
    html = render(layers=("choropleth",))
    assert '"snm_n": 3' in html  # Damascus governorate: articles a1, a2, a3
    assert "Kegubernuran: jumlah cerita" in html
    # A governorate area without its own place on the map clicks as gov:<P-code>, never as an
    # ocha: id (those are the gazetteer's districts and subdistricts).
    assert "ID tempat: gov:SY01" in html
    assert not re.search(r"ID tempat: ocha:SY\d\d\b", html)


def test_governorate_counts_count_distinct_articles_over_mappable_places_only():
    assert summaries()[1].gov_counts == {"SY01": 3, "SY04": 1, "SY03": 1}


@pytest.mark.parametrize(
    ("counts", "breaks"),
    [
        ([], []),  # nothing to colour
        ([0, 0], []),  # zero is "no data", not a class
        ([5], [5]),
        ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 3, 5, 7, 9]),
        ([1, 1, 1, 2], [1, 2]),  # repeated values do not make empty classes
    ],
)
def test_class_breaks_split_positive_counts_into_quantiles(counts, breaks):
    assert class_breaks(counts) == breaks


def test_map_is_framed_on_the_focus_places():
    places = summarize_places(ROWS, ARTICLES)
    parts = build_map_parts(places, assets=LOCAL, focus=["gn:169577"])
    (frame,) = [e for g in parts.layers for e in g._children.values() if type(e) is FrameView]
    (south, west), (north, east) = json.loads(frame.box)
    assert south < 34.73 < north and west < 36.71 < east
    assert north - south < 2.0  # framed on Homs, not on all of Syria (5 degrees tall)


def test_the_frame_is_fitted_in_the_browser_once_and_without_animation():
    # Fitted at the map's real size (a phone's map is half as wide), once per frame (the user's
    # own zoom stays), and not animated: Leaflet drops a view change asked for while a zoom
    # animation runs, which left ?article= links on all of Syria.
    html = build_map(summarize_places(ROWS, ARTICLES), assets=LOCAL).get_root().render()
    assert "window.__snmFrame === key" in html
    assert "fitBounds(box, {animate: false, maxZoom: 12})" in html
    assert re.search(
        r'fitBounds\(\s*\[\[32\.2, 35\.5\], \[37\.5, 42\.5\]\],\s*\{"animate": false\}', html
    )


def _base_script(**options) -> str:
    parts = build_map_parts(
        summarize_places(ROWS, ARTICLES), assets=LOCAL, boundaries=BOUNDARIES, **options
    )
    return re.sub(r"_[0-9a-f]{32}", "_ID", parts.base.get_root().render())


@pytest.mark.parametrize(
    "options",
    [
        {"layers": ("heat", "choropleth"), "admin1_counts": {"SY01": 3}},
        {"focus": ["gn:169577"]},
        {"selected": "gn:170654"},
    ],
)
def test_the_base_map_is_the_same_whatever_the_data_layers_and_the_focus(options):
    # streamlit-folium keeps the map's iframe only while the base map's script is unchanged, so
    # the data (markers, heat, choropleth) and the framing must live outside it.
    assert _base_script(**options) == _base_script()


def test_the_base_map_loads_every_plugin_a_data_layer_may_need_later():
    # A layer switched on after the first page load finds its script already loaded.
    html = _base_script(layers=())
    assert LOCAL["heat"] in html


def test_no_clustering_plugin_is_loaded_since_the_clusters_are_our_own():
    html = (
        build_map(
            summarize_places(ROWS, ARTICLES), assets=LOCAL, layers=LAYERS, boundaries=BOUNDARIES
        )
        .get_root()
        .render()
    )
    assert "markercluster" not in html.lower()
    assert "L.markerClusterGroup" not in html


def test_the_data_layers_hold_the_markers_and_only_local_scripts():
    parts = build_map_parts(
        summarize_places(ROWS, ARTICLES), assets=LOCAL, layers=("markers", "heat")
    )
    links = [
        url
        for g in parts.layers
        for e in g.get_root()._children.values()
        for _name, url in getattr(e, "default_js", [])
    ]
    assert all(url.startswith("../app.assets/") for url in links), links
    assert [type(c).__name__ for c in parts.layers[1]._children.values()] == [
        "PlaceLayer",
        "Legend",
    ]


@pytest.mark.parametrize(
    ("box", "zoom"),
    [
        (SYRIA_BOUNDS, 6),  # all of Syria in a 700 x 560 px map, as Leaflet's fitBounds shows it
        ([[34.13, 36.11], [35.33, 37.31]], 9),  # one place with its 0.6 degree margin
        ([[34.7, 36.7], [34.7, 36.7]], MAX_FOCUS_ZOOM),  # a point: not street level
        ([[-60.0, -170.0], [70.0, 170.0]], MIN_ZOOM),  # the world: never below the map's minimum
    ],
)
def test_the_focus_zoom_is_the_largest_that_fits_the_box(box, zoom):
    assert zoom_to_fit(box) == zoom


def test_map_parts_center_on_the_focus_place():
    parts = build_map_parts(summarize_places(ROWS, ARTICLES), assets=LOCAL, focus=["gn:169577"])
    assert parts.center == (34.73, 36.71) and parts.zoom == 9


def test_unknown_layer_is_refused():
    with pytest.raises(ValueError, match="unknown map layers"):
        build_map([], assets=LOCAL, layers=("markers", "satellite"))


def test_localize_refuses_a_plugin_without_a_local_copy():
    m = folium.Map(tiles=None)
    folium.plugins.Fullscreen().add_to(m)
    with pytest.raises(ValueError, match="no local copy"):
        localize(m, LOCAL)


@pytest.mark.parametrize("layers", [("markers",), ("heat",), ("choropleth",), ()])
def test_a_mouse_down_focuses_the_map_without_scrolling_the_page(layers):
    # Without it a marker's first click is lost when the map's foot is below the window: the
    # focus scrolls the parent page between mouse-down and mouse-up (see test_e2e).
    places = summarize_places(ROWS, ARTICLES)
    m = build_map(places, assets=LOCAL, layers=layers)
    html = m.get_root().render()
    guard = re.search(
        r"var c = (\w+)\.getContainer\(\);\s*c\.addEventListener\('mousedown'.*?"
        r"c\.focus\(\{preventScroll: true\}\);\s*\}, true\);",
        html,
        re.S,
    )
    assert guard, "the mouse-down guard is missing from the map script"
    assert guard.group(1) == m.get_name()
    assert "closest('.leaflet-marker-icon')) { e.preventDefault(); }" in guard.group(0)


def test_the_only_zoom_control_has_indonesian_titles():
    html = render()
    assert '"zoomControl": false' in html  # Leaflet's default (English titles) is not added
    assert html.count("L.control.zoom(") == 1
    assert 'zoomInTitle: "Perbesar", zoomOutTitle: "Perkecil"' in html


def test_the_scale_shows_kilometres_only():
    html = render()
    assert html.count("L.control.scale(") == 1 and "L.control.scale({imperial: false})" in html


@pytest.mark.parametrize(
    ("row", "shown"),
    [
        ({"place_id": "gn:170654", "name": "Damascus", "name_id": "Damaskus"}, "Damaskus"),
        (
            {
                "place_id": "region:eastern-ghouta",
                "name": "Eastern Ghouta",
                "name_id": "Ghouta Timur",
            },
            "Ghouta Timur",
        ),
        ({"place_id": "gn:169577", "name": "Homs", "name_id": None}, "Homs"),  # none reviewed
        ({"place_id": "gn:168660", "name": "Kafr Nabudah"}, "Kafr Nabudah"),
        ({"place_id": "gn:42", "name": ""}, "gn:42"),  # no name at all: the id traces it
    ],
)
def test_a_place_row_is_shown_under_its_indonesian_name_else_its_name(row, shown):
    assert PlaceRow(article_id="a1", **row).display_name == shown


def test_map_markers_carry_the_indonesian_name_and_escape_it():
    rows = [
        dataclasses.replace(place_row("a1", "gn:170654", "Damascus"), name_id="Damaskus"),
        dataclasses.replace(
            place_row("a1", "gn:169577", "Homs", lat=34.73, lon=36.71), name_id=HOSTILE
        ),
    ]
    places = summarize_places(rows, ARTICLES)
    assert {p.id: p.name for p in places} == {"gn:170654": "Damaskus", "gn:169577": HOSTILE}
    html = build_map(places, assets=LOCAL, boundaries=BOUNDARIES).get_root().render()
    assert "Damaskus" in html and "<script>alert(1)" not in html and "<img src=x" not in html


def gov(pcode, name, name_id, *, kind="admin1", in_syria=True, pid=None):
    return Place(
        pid or f"gn:{pcode}", name, kind, 35.0, 38.0, in_syria, name, pcode, name_id=name_id
    )


@pytest.mark.parametrize(
    ("places", "names"),
    [
        ([gov("SY02", "Aleppo", "Provinsi Aleppo")], {"SY02": "Provinsi Aleppo"}),
        (
            [
                gov("SY03", "Rural Damascus", "Pedesaan Damaskus"),
                gov("SY01", "Damascus", "Provinsi Damaskus"),
            ],
            {"SY03": "Pedesaan Damaskus", "SY01": "Provinsi Damaskus"},
        ),
        # the city Aleppo shares the governorate's P-code; only the governorate names it
        ([gov("SY02", "Aleppo", "Aleppo", kind="populated_place", pid="gn:170063")], {}),
        # a governorate nobody reviewed keeps its canonical name (no entry, not None)
        ([gov("SY04", "Homs", None)], {}),
        # a Turkish province is admin1 too, but has no Syrian P-code and is not in Syria
        ([gov(None, "Hatay Province", "Provinsi Hatay", in_syria=False)], {}),
        ([], {}),
    ],
)
def test_governorate_names_map_each_syrian_governorates_pcode_to_its_indonesian_name(places, names):
    assert governorate_names(places) == names


def test_every_bundled_governorate_has_an_indonesian_name():
    from dashboard.geo.gazetteer import load_gazetteer

    names = governorate_names(load_gazetteer().places.values())
    assert len(names) == 14
    assert names["SY02"] == "Provinsi Aleppo" and names["SY03"] == "Pedesaan Damaskus"


NAMES = {"SY01": "Provinsi Damaskus", "SY03": "Pedesaan Damaskus"}


@pytest.mark.parametrize(
    ("row", "shown"),
    [
        ({"admin1": "Rural Damascus", "admin1_pcode": "SY03"}, "Pedesaan Damaskus"),
        ({"admin1": "Homs", "admin1_pcode": "SY04"}, "Homs"),  # not reviewed: canonical name
        ({"admin1": "Damascus", "admin1_pcode": None}, "Damascus"),  # an old row, no P-code
        ({"admin1": None, "admin1_pcode": None}, None),  # governorate not known
    ],
)
def test_a_rows_governorate_is_shown_by_its_pcode_in_indonesian(row, shown):
    assert governorate_label(PlaceRow("a1", "gn:1", "X", **row), NAMES) == shown


def test_the_governorate_filter_keeps_canonical_values_with_indonesian_labels():
    c = summaries()[1].columns
    labels = admin1_labels(list(zip(c.govs, c.gov_names, strict=True)), NAMES)
    assert labels == {
        "Damascus": "Provinsi Damaskus",
        "Homs": "Homs",
        "Rural Damascus": "Pedesaan Damaskus",
    }


def test_a_place_label_names_its_governorate_in_indonesian():
    row = place_row("a1", "gn:170592", "Douma", admin1="Rural Damascus", pcode="SY03")
    assert place_label(row, NAMES) == "Douma · Pedesaan Damaskus"
    assert place_label(row) == "Douma · Rural Damascus"  # no names given: canonical


def test_the_choropleth_names_governorates_in_indonesian():
    html = render(layers=("choropleth",), governorate_names={"SY01": "Provinsi <Damaskus>"})
    # folium writes the GeoJSON with &, < and non-ASCII as \u escapes
    assert r'"snm_tip": "Provinsi \u0026lt;Damaskus\u0026gt; \u00b7 3 cerita"' in html
    assert "Provinsi <Damaskus>" not in html and r"Provinsi \u003cDamaskus" not in html


def test_the_outlines_give_folium_their_bounds_walked_once_per_mapping():
    from dashboard.map.basemap import OutlineGeoJson, load_boundaries

    real = load_boundaries()
    for data in (real.country, real.governorates, real.neighbours, BOUNDARIES.country):
        assert OutlineGeoJson(data).get_bounds() == folium.GeoJson(data).get_bounds()
    # The choropleth's copy of the governorates takes the bounds of the outlines it copies.
    copy = json.loads(json.dumps(real.governorates))
    assert OutlineGeoJson(copy, bounds_of=real.governorates).get_bounds() == (
        folium.GeoJson(copy).get_bounds()
    )
