"""The app lists a story once, names the outlets that also carried it, and opens each copy."""

from __future__ import annotations

import datetime as dt

import pytest
from test_app import _article, cards, html_of, run
from test_stories import SAME_TOPIC, WIRE, rewrapped

from dashboard.model import Place
from dashboard.store.archive import Store

pytestmark = pytest.mark.integration

IDLIB = Place("gn:169389", "Idlib", "populated_place", 35.93, 36.63, True, "Idlib", "SY07")


@pytest.fixture
def db(store_url, monkeypatch):
    items = [
        _article(
            "w1",
            "Bantuan tiba",
            WIRE,
            [(IDLIB, "Idlib")],
            outlet="Antara",
            published=dt.date(2020, 2, 1),
        ),
        _article(
            "w2",
            "Konvoi masuk Idlib",
            rewrapped(WIRE),
            [(IDLIB, "Idlib")],
            outlet="Kompas",
            published=dt.date(2020, 2, 2),
        ),
        _article(
            "s1",
            "Badai salju",
            SAME_TOPIC,
            [(IDLIB, "Idlib")],
            outlet="Kiblat",
            published=dt.date(2020, 1, 30),
        ),
    ]
    Store(store_url).save(items)
    monkeypatch.setenv("SYRIA_NEWS_DB", store_url)
    return store_url


def test_a_story_is_one_card_counted_once_and_each_copy_opens(db, folium_map):
    at = run()
    assert cards(at) == ["w2", "s1"]  # the story's newest copy, then the other story
    assert "juga dimuat di: <bdi>Antara</bdi>" in html_of(at)
    assert any("2 cerita dalam 3 dari 3 artikel" in c.value for c in at.caption)
    at.button(key="copy_w1_in_w2").click().run()
    assert at.session_state["open_article"] == "w1"
    assert "Antara" in html_of(at) and "Bantuan tiba" in html_of(at)


@pytest.fixture
def wire_everywhere(store_url, monkeypatch):
    outlets = ("Antara", "Kompas", "Tempo", "Detik", "Republika", "Kiblat")
    items = [
        _article(
            f"c{i}",
            f"Bantuan tiba {i}",
            WIRE if i == 0 else rewrapped(WIRE).replace("Kabar Timur", f"Kabar {i}"),
            [(IDLIB, "Idlib")],
            outlet=outlet,
            published=dt.date(2020, 2, 1 + i),
        )
        for i, outlet in enumerate(outlets)
    ]
    Store(store_url).save(items)
    monkeypatch.setenv("SYRIA_NEWS_DB", store_url)
    return store_url


def copy_buttons(at) -> list[str]:
    return [b.key for b in at.button if b.key.startswith("copy_")]


def test_a_story_of_many_copies_shows_a_few_copy_buttons_until_asked_for_all(
    wire_everywhere, folium_map
):
    at = run()
    assert cards(at) == ["c5"]  # one story: its newest copy
    assert "juga dimuat di: " in html_of(at) and "Antara" in html_of(at)  # every outlet named
    assert copy_buttons(at) == ["copy_c4_in_c5", "copy_c3_in_c5", "copy_c2_in_c5"]
    at.button(key="all_copies_c5").click().run()
    assert copy_buttons(at) == [f"copy_c{i}_in_c5" for i in (4, 3, 2, 1, 0)]
    at.button(key="copy_c0_in_c5").click().run()
    assert at.session_state["open_article"] == "c0"


def test_an_opened_article_names_its_story_s_other_copies_and_opens_each(db, folium_map):
    at = run({"article": "w2"})
    assert at.session_state["open_article"] == "w2"
    page = html_of(at)
    assert 'data-copy-ids="w1"' in page and "juga dimuat di: <bdi>Antara</bdi>" in page
    at.button(key="copy_w1_in_w2").click().run()
    assert at.session_state["open_article"] == "w1"
    assert "juga dimuat di: <bdi>Kompas</bdi>" in html_of(at)  # and back from there
    assert [b.key for b in at.button if (b.key or "").startswith("copy_")] == ["copy_w2_in_w1"]


def test_an_opened_article_alone_in_its_story_names_no_copy(db, folium_map):
    at = run({"article": "s1"})
    assert at.session_state["open_article"] == "s1"
    assert "juga dimuat di" not in html_of(at)
    assert not [b for b in at.button if (b.key or "").startswith("copy_")]


def test_the_timeline_counts_stories_as_the_summary_line_does(db, folium_map, monkeypatch):
    from dashboard.view import timeline

    drawn: list[dict] = []  # the chart specs the page drew
    draw = timeline.histogram_spec
    monkeypatch.setattr(timeline, "histogram_spec", lambda *a: drawn.append(draw(*a)) or drawn[-1])
    at = run()
    bars = drawn[-1]["data"]["values"]
    # Three articles in one week (w1 and w2 one story, s1 another): two stories, as the caption.
    assert sum(bar["cerita"] for bar in bars) == 2
    assert any("2 cerita dalam 3 dari 3 artikel" in c.value for c in at.caption)
    assert drawn[-1]["title"].startswith("Cerita per minggu")
