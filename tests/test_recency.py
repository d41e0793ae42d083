"""Time on the map: pins coloured by where their newest article falls in the range in view."""

from __future__ import annotations

import datetime as dt

import pytest
from layerdata import layer_views
from viewworld import select

from dashboard.map.assets import local_urls
from dashboard.map.data import listed_articles, places_in_view, summarize
from dashboard.map.recency import MIDDLE, OLD, RECENT, recency_classes
from dashboard.map.render import build_map
from dashboard.rowtypes import ArticleRow, PlaceRow

pytestmark = pytest.mark.unit


def _article(aid: str, day: str) -> ArticleRow:
    return ArticleRow(
        id=aid,
        title=aid,
        outlet="Uji",
        url="",
        published=day,
        published_confidence=0.9,
        published_method="explicit",
        path=f"{aid}.txt",
    )


def _link(aid: str, pid: str, lat: float) -> PlaceRow:
    return PlaceRow(
        article_id=aid,
        place_id=pid,
        name=pid,
        kind="populated_place",
        lat=lat,
        lon=37.0,
        admin1="Aleppo",
        in_syria=True,
        confidence=0.9,
    )


ARTICLES = [
    _article("a1", "2020-01-10"),  # first third of 2020
    _article("a2", "2020-06-15"),  # middle third
    _article("a3", "2020-12-20"),  # last third
    _article("a4", "2020-01-05"),
]
LINKS = [
    _link("a1", "gn:1", 33.0),
    _link("a2", "gn:2", 34.0),
    _link("a4", "gn:2", 34.0),  # gn:2's newest is a2: the middle
    _link("a3", "gn:3", 35.0),
    _link("a1", "gn:3", 35.0),  # gn:3's newest is a3: recent
]
YEAR = (dt.date(2020, 1, 1), dt.date(2020, 12, 31))


def test_each_place_takes_the_third_of_the_range_its_newest_article_falls_in():
    sel = select(ARTICLES, LINKS, start=YEAR[0], end=YEAR[1])
    classes = recency_classes(sel, ["gn:1", "gn:2", "gn:3"], YEAR)
    assert classes == {"gn:1": OLD, "gn:2": MIDDLE, "gn:3": RECENT}


def test_the_classes_follow_the_range_not_the_archive():
    # Seen over the first half of the year only, gn:2's June article is the newest news there.
    half = (dt.date(2020, 1, 1), dt.date(2020, 6, 30))
    sel = select(ARTICLES, LINKS, start=half[0], end=half[1])
    classes = recency_classes(sel, ["gn:1", "gn:2", "gn:3"], half)
    assert classes == {"gn:1": OLD, "gn:2": RECENT, "gn:3": OLD}


def test_without_a_range_no_pin_is_coloured_by_time():
    assert recency_classes(select(ARTICLES, LINKS), ["gn:1"], None) == {}


def test_the_classes_reach_the_pins_and_the_legend_explains_them():
    sel = select(ARTICLES, LINKS, start=YEAR[0], end=YEAR[1])
    idx = places_in_view(sel)
    places = summarize(sel, idx, listed_articles(sel, idx, 5), {a.id: a for a in ARTICLES})
    recency = recency_classes(sel, [p.id for p in places], YEAR)
    html = build_map(places, assets=local_urls("x/"), recency=recency).get_root().render()
    (view,) = layer_views(html)
    table = view["places"]
    assert dict(zip(table["id"], table["age"], strict=True)) == recency
    assert "cls += ' snm-age' + place.age" in html and ".snm-pin.snm-age0" in html
    assert "⅓ akhir rentang" in html
