"""The numbers the page states, through AppTest: one governorate count on the choropleth's popup
and in the list; undated articles apart from a date range; shared links; a place picker that
stays the same message while the numbers change."""

from __future__ import annotations

import datetime as dt

import pytest
from test_app import _article, cards, run

from dashboard.model import Place
from dashboard.store.archive import Store

pytestmark = pytest.mark.integration

ALEPPO_GOV = Place("gn:170062", "Aleppo", "admin1", 36.2, 37.2, True, "Aleppo", "SY02")
ALEPPO = Place("gn:170063", "Aleppo", "populated_place", 36.2, 37.16, True, "Aleppo", "SY02")
AL_BAB = Place("gn:174018", "al-Bab", "populated_place", 36.37, 37.52, True, "Aleppo", "SY02")
ITEMS = [
    _article(
        "g1",
        "Provinsi",
        "Di Provinsi Aleppo hujan.",
        [(ALEPPO_GOV, "Provinsi Aleppo")],
        published=dt.date(2018, 3, 1),
    ),
    _article(
        "g2", "Kota", "Di kota Aleppo ramai.", [(ALEPPO, "Aleppo")], published=dt.date(2018, 4, 1)
    ),
    _article("g3", "Bab", "Di al-Bab sepi.", [(AL_BAB, "al-Bab")], published=dt.date(2018, 5, 1)),
    _article("g4", "Tanpa tanggal", "Di al-Bab lagi.", [(AL_BAB, "al-Bab")]),
]


@pytest.fixture
def db(tmp_path, monkeypatch):
    path = tmp_path / "numbers.sqlite"
    Store(str(path)).save(ITEMS)
    monkeypatch.setenv("SYRIA_NEWS_DB", str(path))
    return path


def picker_label(at, place_id: str) -> str:
    box = at.selectbox(key="place_select")
    return box.format_func(place_id) if hasattr(box, "format_func") else ""


def test_a_governorate_has_one_count_on_the_choropleth_and_in_the_list(db, folium_map):
    at = run({"layers": ["markers", "choropleth"]})
    assert "Aleppo" in picker_label(at, ALEPPO_GOV.id)  # it can be picked
    html = folium_map.maps[-1].get_root().render()
    assert "Kegubernuran \\u00b7 3 cerita" in html  # the choropleth's popup
    at.selectbox(key="place_select").set_value(ALEPPO_GOV.id).run()
    assert cards(at)[:3] == ["g3", "g2", "g1"]  # the list: the same three, newest first
    assert any(c.value.startswith("3 cerita bertanggal") for c in at.caption)


def test_the_governorate_is_drawn_as_its_polygon_not_a_pin_or_circle(db, folium_map):
    run()
    assert ALEPPO_GOV.id not in folium_map.placed_ids()
    assert {ALEPPO.id, AL_BAB.id} <= folium_map.placed_ids()


def test_undated_articles_are_listed_apart_with_their_count_not_inside_the_range(db, folium_map):
    at = run()
    assert "(1)" in at.checkbox(key="show_undated").label
    assert cards(at) == ["g3", "g2", "g1", "g4"]  # the undated one after, in its own list
    assert any("1 artikel tanpa tanggal" in c.value for c in at.caption)
    assert any("3 cerita bertanggal dalam rentang" in c.value for c in at.caption)
    at.checkbox(key="show_undated").uncheck().run()
    assert cards(at) == ["g3", "g2", "g1"]


def test_every_filter_and_layer_goes_into_the_url_and_comes_back_from_it(db, folium_map):
    at = run()
    at.text_input(key="search").set_value("al-Bab").run()
    at.button_group(key="layers").set_value(["markers", "heat"]).run()
    at.checkbox(key="osm_tiles").check().run()
    qp = {
        k: at.query_params.get_all(k) if hasattr(at.query_params, "get_all") else at.query_params[k]
        for k in at.query_params
    }
    assert qp["q"] in (["al-Bab"], "al-Bab")
    shared = run({"q": "al-Bab", "layers": ["markers", "heat"], "tiles": "1"})
    assert shared.text_input(key="search").value == "al-Bab"
    assert shared.button_group(key="layers").value == ["markers", "heat"]
    assert shared.checkbox(key="osm_tiles").value is True
    assert cards(shared) == cards(at)


def test_search_finds_a_place_by_any_spelling_the_gazetteer_folds_alike(db, folium_map):
    at = run({"q": "al-Baab"})  # the text says "al-Bab": no word matches, the gazetteer does
    assert "g3" in cards(at)


KOBANI = Place("gn:172256", "Kobani", "populated_place", 36.89, 38.35, True, "Aleppo", "SY02")
SUWAYDA = Place("gn:172408", "Suwayda", "populated_place", 32.71, 36.57, True, "As-Sweida", "SY13")
SPELLINGS = [
    _article(
        "k1", "Kobane", "Warga Kobane kembali.", [(KOBANI, "Kobane")], published=dt.date(2019, 1, 1)
    ),
    _article(
        "s1",
        "Sweida",
        "Protes di As-Sweida.",
        [(SUWAYDA, "As-Sweida")],
        published=dt.date(2023, 8, 1),
    ),
]


@pytest.mark.parametrize(
    ("query", "found"), [("Kobani", "k1"), ("Suwayda", "s1"), ("Sweida", "s1")]
)
def test_search_matches_place_names_through_the_gazetteers_folded_names(
    tmp_path, monkeypatch, folium_map, query, found
):
    # The text says "Kobane" and "As-Sweida"; the chips say "Kobani" and "Suwayda": either finds it.
    path = tmp_path / "spellings.sqlite"
    Store(str(path)).save(SPELLINGS)
    monkeypatch.setenv("SYRIA_NEWS_DB", str(path))
    assert cards(run({"q": query})) == [found]


def test_the_place_picker_lists_every_place_in_view_past_five_hundred(
    tmp_path, monkeypatch, folium_map
):
    places = [
        Place(f"wof:{900000 + i}", f"Desa Uji {i}", "populated_place", 33 + i / 200, 37.0, True)
        for i in range(620)
    ]
    items = [
        _article(
            f"p{i}",
            f"Artikel {i}",
            f"Kabar dari Desa Uji {i} hari ini.",
            [(p, f"Desa Uji {i}")],
            published=dt.date(2020, 1, 1) + dt.timedelta(days=i),
        )
        for i, p in enumerate(places)
    ]
    path = tmp_path / "many.sqlite"
    Store(str(path)).save(items)
    monkeypatch.setenv("SYRIA_NEWS_DB", str(path))
    at = run()
    options = at.selectbox(key="place_select").options
    assert len(options) == 620  # every place
    assert "Desa Uji 619" in options
    at.selectbox(key="place_select").set_value("wof:900619").run()
    assert cards(at) == ["p619"]


def test_the_place_picker_is_the_same_message_whatever_the_timeline_shows(db, folium_map):
    # Streamlit sends an element identical to the one the browser holds as a reference only:
    # the picker names every place of the store, with no count that a filter would change.
    at = run()
    before = at.selectbox(key="place_select").proto.SerializeToString()
    assert len(at.selectbox(key="place_select").options) == 3  # all places
    at.slider(key="date_range").set_range(dt.date(2018, 5, 1), dt.date(2018, 5, 1)).run()
    assert "g2" not in cards(at) and "g3" in cards(at)  # the view changed
    assert at.selectbox(key="place_select").proto.SerializeToString() == before
