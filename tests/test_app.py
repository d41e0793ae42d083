"""The Streamlit app through ``streamlit.testing.v1.AppTest`` on a real store of hand-made articles.

``st_folium`` is replaced (AppTest cannot click inside a component): the fake records the map it
was given and returns the click a test sets, as streamlit-folium would after a click.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from layerdata import layer_views
from streamlit.testing.v1 import AppTest

from dashboard.model import Article, DateGuess, Geotag, Mention, Place, TaggedPlace
from dashboard.store import schema as s
from dashboard.store.archive import Store
from dashboard.store.upsert import bump

pytestmark = pytest.mark.integration

APP = Path(__file__).resolve().parent.parent / "dashboard" / "app" / "main.py"
HOSTILE_TITLE = "<script>alert(1)</script> ${alert(2)}"
HOSTILE_BODY = "Di Homs <img src=x onerror=alert(3)> dan `${alert(4)}` terjadi."

DOUMA = Place("gn:170592", "Douma", "populated_place", 33.57, 36.40, True, "Rural Damascus", "SY03")
HOMS = Place("gn:169577", "Homs", "populated_place", 34.73, 36.71, True, "Homs", "SY04")
DAMASCUS = Place("gn:170654", "Damascus", "populated_place", 33.51, 36.29, True, "Damascus", "SY01")
GHOUTA = Place(
    "region:eastern-ghouta",
    "Eastern Ghouta",
    "region",
    33.53,
    36.38,
    True,
    "Rural Damascus",
    "SY03",
    radius_km=12.0,
)
RUSSIA = Place("foreign:russia", "Rusia", "country", 55.75, 37.62, False)


def _article(aid, title, body, places, *, outlet="Kiblat", published=None, conf=0.9, pconf=0.9):
    a = Article(
        id=aid,
        path=f"{aid}.txt",
        title=title,
        body=body,
        outlet=outlet,
        url=f"https://example.org/{aid}",
        published=DateGuess(
            published, conf if published else 0.0, "explicit" if published else "none"
        ),
    )
    tagged = []
    for place, surface in places:
        start = a.text.index(surface)
        mention = Mention(start, start + len(surface), surface, place.id, pconf)
        tagged.append(TaggedPlace(place, (mention,), pconf))
    focus = next((t.place for t in tagged if t.place.in_syria), None)
    return a, Geotag(tuple(tagged), focus)


ITEMS = [
    _article(
        "a1",
        "Serangan udara di Douma",
        "Pesawat menyerang Douma pagi ini.",
        [(DOUMA, "Douma")],
        published=dt.date(2017, 2, 8),
    ),
    _article(
        "a2",
        HOSTILE_TITLE,
        HOSTILE_BODY,
        [(HOMS, "Homs")],
        outlet="Evil",
        published=dt.date(2019, 5, 27),
        conf=0.8,
        pconf=0.4,
    ),
    _article("a3", "Kabar tanpa tanggal", "Suasana di Damaskus tenang.", [(DAMASCUS, "Damaskus")]),
    _article(
        "a4",
        "Ghouta Timur dikepung",
        "Ghouta Timur dikepung, kata pejabat Rusia.",
        [(GHOUTA, "Ghouta Timur"), (RUSSIA, "Rusia")],
        outlet="Antara",
        published=dt.date(2018, 1, 15),
    ),
    # One wrong estimate, years before everything else: it must not set the slider's start.
    _article(
        "a5",
        "Perkiraan yang keliru",
        "Warga Douma mengungsi.",
        [(DOUMA, "Douma")],
        outlet="Antara",
        published=dt.date(2005, 3, 1),
        conf=0.3,
    ),
]


class FakeFolium:
    """Stands in for ``st_folium``: remembers each map and answers with ``click``."""

    def __init__(self):
        self.maps = []
        self.calls = []
        self.click = {}

    def __call__(self, m, **kwargs):
        assert kwargs.get("returned_objects"), "panning must not rerun the app"
        for group in kwargs.get("feature_group_to_add") or []:  # as st_folium draws them
            group.add_to(m)
        self.maps.append(m)
        self.calls.append(kwargs)
        return self.click

    def place_tables(self) -> list[dict[str, list]]:
        """The ``places`` tables of the last map's place layers, each place's fixed fields
        joined in from the place table file the app serves (as the browser joins them)."""
        from dashboard.app.data import PLACE_TABLE_DIR

        html = self.maps[-1].get_root().render()
        tables = []
        for view in layer_views(html, PLACE_TABLE_DIR):
            places = view["places"]
            if view["table"]:
                served = PLACE_TABLE_DIR / view["table"].rsplit("/", 1)[1]
                fixed = json.loads(served.read_text(encoding="utf-8"))
                at = places.pop("at")
                places.update({k: [fixed[k][i] for i in at] for k in ("id", "name", "radius")})
            tables.append(places)
        return tables

    def placed_ids(self) -> set[str]:
        """Place ids in the last map's place layers."""
        return {pid for table in self.place_tables() for pid in table.get("id", [])}


@pytest.fixture
def db(store_url, monkeypatch) -> str:
    Store(store_url).save(ITEMS)
    monkeypatch.setenv("SYRIA_NEWS_DB", store_url)
    return store_url


def run(query: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def cards(at: AppTest) -> list[str]:
    return [b.key.removeprefix("open_") for b in at.button if b.key.startswith("open_")]


def html_of(at: AppTest) -> str:
    return "\n".join(h.proto.body for h in at.get("html"))


def test_first_run_shows_every_article_newest_first_with_the_undated_last(db, folium_map):
    assert cards(run()) == ["a2", "a4", "a1", "a3"]


def test_date_slider_spans_the_dated_articles(db, folium_map):
    assert run().slider(key="date_range").value == (dt.date(2017, 2, 8), dt.date(2019, 5, 27))


def test_moving_the_timeline_changes_the_articles_and_the_map(db, folium_map):
    at = run()
    at.slider(key="date_range").set_range(dt.date(2017, 2, 8), dt.date(2018, 6, 1)).run()
    assert cards(at) == ["a4", "a1", "a3"]  # a2 (2019) left the range; undated still shown
    assert "gn:169577" not in folium_map.placed_ids()


def test_hiding_undated_articles_removes_them(db, folium_map):
    at = run()
    at.checkbox(key="show_undated").uncheck().run()
    assert "a3" not in cards(at)


def test_undated_articles_are_counted_in_the_checkbox_label(db, folium_map):
    assert "(1)" in run().checkbox(key="show_undated").label


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("outlet_filter", ["Antara"], ["a4"]),
        ("admin1_filter", ["Rural Damascus"], ["a4", "a1"]),
        ("search", "tenang", ["a3"]),
    ],
)
def test_filters_narrow_the_articles(db, folium_map, key, value, expected):
    at = run()
    widget = at.text_input(key=key) if key == "search" else at.multiselect(key=key)
    widget.set_value(value).run()
    assert cards(at) == expected


def test_the_governorate_filter_shows_indonesian_names_but_filters_on_canonical_ones(
    db, folium_map
):
    at = run()
    widget = at.multiselect(key="admin1_filter")
    assert list(widget.options) == ["Pedesaan Damaskus", "Provinsi Damaskus", "Provinsi Homs"]
    widget.set_value(["Homs"]).run()
    assert cards(at) == ["a2"]


def test_the_card_chips_name_the_governorate_in_indonesian(db, folium_map):
    assert 'title="Douma · Pedesaan Damaskus · keyakinan 90%">Douma' in html_of(run())


@pytest.mark.parametrize(("on", "tiles"), [(True, 1), (False, 0)])
def test_osm_tiles_are_off_by_default_and_the_checkbox_switches_them_on(db, folium_map, on, tiles):
    at = run()
    assert at.checkbox(key="osm_tiles").value is False
    if on:
        at.checkbox(key="osm_tiles").check().run()
        assert at.query_params["tiles"] == "1"  # the choice is kept in the URL
    html = folium_map.maps[-1].get_root().render()
    assert html.count("tile.openstreetmap.org") == tiles
    assert html.count(".on('tileerror'") == tiles  # the fallback script (mapcontrols.TileFallback)


def test_tiles_chosen_in_the_url_stay_chosen(db, folium_map):
    at = run({"tiles": "1"})
    assert at.checkbox(key="osm_tiles").value is True
    assert "tile.openstreetmap.org" in folium_map.maps[-1].get_root().render()


def test_minimum_confidence_drops_weak_place_links_from_the_map(db, folium_map):
    at = run()
    assert "gn:169577" in folium_map.placed_ids()
    at.slider(key="min_confidence").set_value(0.5).run()
    assert "gn:169577" not in folium_map.placed_ids()  # Homs was tagged at 0.4


def test_foreign_places_never_reach_the_map(db, folium_map):
    run()
    # Damascus is named only by the undated a3: listed apart, not drawn inside the range.
    assert folium_map.placed_ids() == {"gn:170592", "gn:169577", "region:eastern-ghouta"}


def test_range_in_the_url_sets_the_slider(db, folium_map):
    at = run({"start": "2018-01-01", "end": "2018-12-31"})
    assert at.slider(key="date_range").value == (dt.date(2018, 1, 1), dt.date(2018, 12, 31))
    assert cards(at) == ["a4", "a3"]


def test_a_range_outside_the_data_is_clamped_not_an_error(db, folium_map):
    at = run({"start": "1990-01-01", "end": "2030-01-01"})
    assert at.slider(key="date_range").value == (dt.date(2005, 3, 1), dt.date(2019, 5, 27))


def test_place_in_the_url_lists_only_its_articles(db, folium_map):
    at = run({"place": "gn:170592"})
    assert cards(at) == ["a1"]
    assert 'class="snm-selected-place" data-place-id="gn:170592"' in html_of(at)


def test_clicking_a_marker_selects_its_place_and_writes_it_to_the_url(db, folium_map):
    at = run()
    folium_map.click = {
        "last_object_clicked_popup": "Douma\n1 artikel\nID tempat: gn:170592",
        "last_object_clicked": {"lat": 33.57, "lng": 36.40},
    }
    at.run()
    assert cards(at) == ["a1"]
    assert at.query_params["place"] == "gn:170592"


def test_a_marker_click_leaves_the_place_picker_as_the_browser_holds_it(db, folium_map):
    # The picker (every place by name: ~100 KB at 100,000 articles) is not the selection, so a
    # click does not change it: Streamlit sends it as a reference and the browser keeps it.
    at = run()
    before = at.selectbox(key="place_select").proto.SerializeToString()
    folium_map.click = {
        "last_object_clicked_popup": "Douma\n1 artikel\nID tempat: gn:170592",
        "last_object_clicked": {"lat": 33.57, "lng": 36.40},
    }
    at.run()
    assert cards(at) == ["a1"]
    assert at.selectbox(key="place_select").proto.SerializeToString() == before
    assert 'class="snm-selected-place" data-place-id="gn:170592"' in html_of(at)


def _layer_payloads(fake) -> list[dict]:
    """The place layers' embedded data (``var D``) of the last map."""
    html = fake.maps[-1].get_root().render()
    return [json.loads(t) for t in re.findall(r"var D = (\{.*?\});\n", html)]


def test_a_marker_click_sends_the_selection_not_the_views_layer_again(db, folium_map):
    # The view's place layer (counts, popup lines, clusters) is a file the page fetched once;
    # a click names the same file and sends only what the selection changes.
    at = run()
    (before,) = _layer_payloads(folium_map)
    folium_map.click = {
        "last_object_clicked_popup": "Douma\n1 artikel\nID tempat: gn:170592",
        "last_object_clicked": {"lat": 33.57, "lng": 36.40},
    }
    at.run()
    (after,) = _layer_payloads(folium_map)
    assert after["view"] is None and after["viewUrl"] == before["viewUrl"]
    douma = folium_map.place_tables()[0]["id"].index("gn:170592")
    assert after["sel"]["mark"] == {str(douma): 2} and before["sel"]["mark"] == {}
    at.slider(key="date_range").set_range(dt.date(2017, 2, 8), dt.date(2018, 6, 1)).run()
    assert _layer_payloads(folium_map)[0]["viewUrl"] != before["viewUrl"]  # a new view


def test_the_place_picker_selects_a_place_and_empties_itself(db, folium_map):
    at = run()
    at.selectbox(key="place_select").set_value("gn:170592").run()
    assert cards(at) == ["a1"]
    assert at.query_params["place"] == "gn:170592"
    assert at.selectbox(key="place_select").value is None  # ready to choose another
    at.button(key="clear_place").click().run()  # "Semua tempat"
    assert cards(at) == ["a2", "a4", "a1", "a3"]
    assert "place" not in at.query_params


@pytest.fixture
def drawn(monkeypatch) -> list[str]:
    """The order in which a run draws the map and the article list."""
    from dashboard.app import articles, panels

    order: list[str] = []
    for module, name in ((panels, "map_section"), (articles, "article_list")):
        real = getattr(module, name)

        def record(*args, _real=real, _name=name, **kwargs):
            order.append(_name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(module, name, record)
    return order


def test_a_click_sends_the_panel_before_the_map_and_a_new_view_the_map_first(db, folium_map, drawn):
    # A click changes the selection only: the panel the user waits for goes first. When the
    # view changes, the map goes first, so the numbers beside it never run ahead of it.
    at = run()
    drawn.clear()
    folium_map.click = {
        "last_object_clicked_popup": "Douma\n1 artikel\nID tempat: gn:170592",
        "last_object_clicked": {"lat": 33.57, "lng": 36.40},
    }
    at.run()  # the stand-in's click is seen in the map section: one more run shows it
    assert cards(at) == ["a1"]
    assert drawn[-2:] == ["article_list", "map_section"]
    drawn.clear()
    at.slider(key="date_range").set_range(dt.date(2017, 2, 8), dt.date(2018, 6, 1)).run()
    assert drawn == ["map_section", "article_list"]


def test_the_browsers_back_button_after_opening_an_article_returns_to_the_list(db, folium_map):
    at = run({"q": "Douma"})
    listed = cards(at)
    at.button(key=f"open_{listed[0]}").click().run()
    assert at.query_params["article"] == listed[0]
    # Back: the browser shows the previous URL and Streamlit reruns the page with it.
    del at.query_params["article"]
    at.run()
    assert "article" not in at.query_params
    assert cards(at) == listed
    assert at.text_input(key="search").value == "Douma"  # the rest of the view stays


def test_back_to_a_view_without_a_filter_drops_that_filter(db, folium_map):
    at = run()
    everything = cards(at)
    at.text_input(key="search").set_value("Douma").run()
    assert cards(at) != everything
    del at.query_params["q"]
    at.run()
    assert at.text_input(key="search").value == ""
    assert cards(at) == everything


def test_clicking_an_article_title_in_a_popup_opens_that_article(db, folium_map):
    at = run()
    folium_map.click = {
        "last_object_clicked_popup": "Douma\nSerangan udara di Douma\nID tempat: gn:170592\n"
        "ID artikel: a1",
        "last_object_clicked": {"lat": 33.57, "lng": 36.40},
    }
    at.run()
    assert 'data-article-id="a1"' in html_of(at)
    assert at.query_params["article"] == "a1"


def test_an_unknown_article_id_from_a_popup_leaves_the_list(db, folium_map):
    at = run()
    folium_map.click = {"last_object_clicked_popup": "ID tempat: gn:170592\nID artikel: nope"}
    at.run()
    assert "article" not in at.query_params
    assert cards(at)


QADMOUS = Place(
    "ocha:SY1006", "Qadmous", "admin2", 35.14777, 36.16803, True, "Tartous", "SY10", "Qadmous"
)


def test_clicking_a_district_with_an_ocha_id_selects_that_place_not_a_governorate(db, folium_map):
    # The gazetteer's districts without a GeoNames id keep their OCHA P-code as id (ocha:SY1006);
    # governorate areas click as gov:<P-code>, so this click is a place like any other.
    Store(str(db)).save(
        [
            _article(
                "a6",
                "Kabar Qadmous",
                "Warga Qadmous bertahan.",
                [(QADMOUS, "Qadmous")],
                published=dt.date(2018, 6, 1),
            )
        ]
    )
    at = run()
    assert "ocha:SY1006" in folium_map.placed_ids()
    folium_map.click = {
        "last_object_clicked_popup": "Qadmous\n1 artikel\nID tempat: ocha:SY1006",
        "last_object_clicked": {"lat": 35.14777, "lng": 36.16803},
    }
    at.run()
    assert cards(at) == ["a6"]
    assert at.query_params["place"] == "ocha:SY1006"
    assert at.multiselect(key="admin1_filter").value == []


def test_clicking_a_governorate_area_filters_on_that_governorate(db, folium_map):
    at = run()
    folium_map.click = {
        "last_object_clicked_popup": "Pedesaan Damaskus\nID tempat: gov:SY03",
        "last_object_clicked": {"lat": 33.6, "lng": 36.6},
    }
    at.run()
    assert at.multiselect(key="admin1_filter").value == ["Rural Damascus"]
    assert cards(at) == ["a4", "a1"]
    assert "place" not in at.query_params


def test_clicking_the_same_marker_again_after_clearing_does_not_reselect(db, folium_map):
    at = run()
    folium_map.click = {
        "last_object_clicked_popup": "ID tempat: gn:170592",
        "last_object_clicked": {"lat": 33.57, "lng": 36.40},
    }
    at.run()
    at.button(key="clear_place").click().run()
    assert cards(at) == ["a2", "a4", "a1", "a3"]  # the stale click result is not applied again


def test_opening_an_article_highlights_each_mention_and_sets_the_url(db, folium_map):
    at = run()
    at.button(key="open_a1").click().run()
    html = html_of(at)
    assert '<mark class="snm-mention" data-place-id="gn:170592"' in html
    assert at.query_params["article"] == "a1"


@pytest.mark.parametrize(
    ("article", "mark"),
    [
        (
            "a1",
            'data-place-id="gn:170592" title="Douma · Pedesaan Damaskus · keyakinan 90%">Douma<',
        ),
        # a place never on the map (foreign) is still named in its mark, not shown as a bare id
        ("a4", 'data-place-id="foreign:russia" title="Rusia · luar Suriah · keyakinan 90%">Rusia<'),
        # a place with a reviewed Indonesian name is called by it, in the title too
        # … and so is its governorate (Rural Damascus, SY03)
        ("a4", 'title="Ghouta Timur · Pedesaan Damaskus · ±12 km · keyakinan 90%">Ghouta Timur<'),
    ],
)
def test_each_highlighted_mention_names_its_place_and_confidence(db, folium_map, article, mark):
    assert mark in html_of(run({"article": article}))


def test_the_opened_articles_place_chips_show_their_confidence(db, folium_map):
    html = html_of(run({"article": "a2"}))
    assert (
        'data-place-id="gn:169577" title="Homs · keyakinan 40%">Homs'
        '<span class="snm-conf">40%</span>'
    ) in html


def test_opening_an_article_frames_the_map_on_its_places(db, folium_map):
    at = run()
    at.button(key="open_a1").click().run()
    groups = folium_map.calls[-1]["feature_group_to_add"]
    (frame,) = [e for g in groups for e in g._children.values() if type(e).__name__ == "FrameView"]
    (south, west), (north, east) = json.loads(frame.box)
    assert south < 33.57 < north and west < 36.40 < east  # Douma
    assert north - south < 1.5  # its surroundings, not Syria (5 degrees tall)


def test_hostile_article_text_is_escaped_in_cards_and_the_open_article(db, folium_map):
    at = run({"article": "a2"})
    html = html_of(at)
    for raw in ("<script>alert(1)", "<img src=x", "${alert"):
        assert raw not in html
    assert "&lt;img src=x onerror=alert(3)&gt;" in html


def test_an_unknown_article_in_the_url_shows_the_list_and_is_dropped_from_it(db, folium_map):
    at = run({"article": "nope"})
    assert cards(at) == ["a2", "a4", "a1", "a3"]
    assert "article" not in at.query_params


def test_the_article_in_the_url_is_opened(db, folium_map):
    assert 'data-article-id="a4"' in html_of(run({"article": "a4"}))


def test_layers_choice_reaches_the_map(db, folium_map):
    at = run()
    at.button_group(key="layers").set_value(["heat", "choropleth"]).run()
    html = folium_map.maps[-1].get_root().render()
    assert "L.heatLayer" in html and "Kegubernuran: jumlah cerita" in html
    assert "PlaceLayer" not in html and "marker_cluster" not in html


def test_a_write_by_another_process_shows_on_the_next_run(db, folium_map):
    """The cache key follows every write (the store's version counter), also a write that
    leaves the number of articles as it was."""
    at = run()
    store = Store(db)
    extra = _article(
        "a9",
        "Berita baru dari Homs",
        "Di Homs warga kembali.",
        [(HOMS, "Homs")],
        published=dt.date(2018, 6, 1),
    )
    store.save([extra])
    at.run()
    assert "a9" in cards(at) and "Berita baru dari Homs" in html_of(at)
    with store.engine.begin() as conn:  # same count, another title: only a version sees it
        conn.execute(s.articles.update().where(s.articles.c.id == "a9").values(title="Judul lain"))
        bump(conn)
    at.run()
    assert not at.exception
    assert "Judul lain" in html_of(at) and "Berita baru dari Homs" not in html_of(at)


def test_empty_store_shows_a_hint_not_an_error(tmp_path, monkeypatch, folium_map):
    monkeypatch.setenv("SYRIA_NEWS_DB", str(tmp_path / "empty.sqlite"))
    at = run()
    assert any("Belum ada artikel" in i.value for i in at.info)


def shown(markdown: str) -> str:
    """The text a plain-text message shows: backslash escapes and bidi isolates undone."""
    return re.sub(r"\\(.)", r"\1", markdown).replace("\u2068", "").replace("\u2069", "")


UPLOAD = (
    "baru.txt",
    "Pertempuran baru di Homs\n\nKIBLAT.NET, Homs – Pasukan bergerak di Homs.".encode(),
    "text/plain",
)


def test_an_uploaded_article_is_stored_and_listed_at_once(db, folium_map):
    at = run()
    before = cards(at)
    at.file_uploader(key="uploader").set_value([UPLOAD]).run()
    assert not at.exception
    assert Store(str(db)).count() == len(ITEMS) + 1
    assert any("baru.txt: 1 baru" in shown(s.value) for s in at.success)
    assert len(cards(at)) == len(before) + 1


def test_a_bad_upload_is_reported_by_name_and_changes_nothing(db, folium_map):
    at = run()
    before = cards(at)
    at.file_uploader(key="uploader").set_value([("rusak.json", b"\x00\x01{not json", "x")]).run()
    assert not at.exception
    assert any("rusak.json" in shown(e.value) for e in at.error)
    assert Store(str(db)).count() == len(ITEMS)
    assert cards(at) == before


def test_an_upload_is_ingested_once_not_on_every_rerun(db, folium_map):
    at = run()
    at.file_uploader(key="uploader").set_value([UPLOAD]).run()
    at.checkbox(key="show_undated").uncheck().run()
    assert any("baru.txt: 1 baru" in shown(s.value) for s in at.success)  # not "sudah ada"


def test_without_local_assets_the_map_uses_the_cdn_and_says_so_once(db, folium_map, monkeypatch):
    monkeypatch.setattr("dashboard.map.assets.missing_assets", lambda *_a: ["node_modules/leaflet"])
    at = run()
    assert any("install-assets" in w.value for w in at.warning)
    assert "cdn.jsdelivr.net/npm/leaflet@1.9.4" in folium_map.maps[-1].get_root().render()
    at.checkbox(key="show_undated").uncheck().run()
    assert not at.warning  # said once per session, not on every rerun


def test_with_local_assets_the_map_loads_nothing_from_a_cdn(db, folium_map, monkeypatch):
    monkeypatch.setattr("dashboard.map.assets.missing_assets", lambda *_a: [])
    run()
    html = folium_map.maps[-1].get_root().render()
    links = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert links and all(link.startswith("../main.snm_assets/node_modules/") for link in links)


def test_the_place_search_finds_a_place_offline_and_selects_it(db, folium_map):
    at = run()
    at.text_input(key="place_search").input("Douma").run()
    assert not at.exception, [e.message for e in at.exception]
    hit = at.button(key="search_gn:170592")  # the gazetteer's Douma, one article in view
    assert "1 artikel" in hit.label
    hit.click().run()
    assert cards(at) == ["a1"]
    assert at.query_params["place"] == "gn:170592"


def test_the_place_search_names_places_without_articles_and_unknown_names(db, folium_map):
    at = run()
    at.text_input(key="place_search").input("Aleppo").run()
    assert not [b for b in at.button if b.key.startswith("search_")]  # nothing to select
    assert any("0 artikel" in c.value for c in at.caption)
    at.text_input(key="place_search").input("Atlantis").run()
    assert any("Tidak ada tempat bernama «Atlantis»" in c.value for c in at.caption)


def test_an_article_with_no_mappable_place_opens_without_an_error(db, folium_map):
    # A text naming no Syrian place below the country has no chips; st.html refuses an empty body.
    Store(db).save([_article("a6", "Kabar dari Ankara", "Para menteri bertemu lagi.", [])])
    at = run({"article": "a6"})
    assert not at.error, [e.value for e in at.error]
    assert "Para menteri bertemu lagi." in html_of(at)
