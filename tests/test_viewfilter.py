"""Which articles and place links are in view."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.view.filter import ViewFilter, apply, articles_at, places_of

pytestmark = pytest.mark.unit
D = dt.date

ARTICLES = [
    {"id": "a1", "title": "A", "outlet": "Kiblat", "published": "2017-02-08"},
    {"id": "a2", "title": "B", "outlet": "Antara", "published": "2019-05-27"},
    {"id": "a3", "title": "C", "outlet": None, "published": None},
]


def link(aid, pid, admin1, conf=0.9, kind="populated_place", pcode=None, in_syria=True):
    return {
        "article_id": aid,
        "place_id": pid,
        "admin1": admin1,
        "admin1_pcode": pcode,
        "confidence": conf,
        "kind": kind,
        "lat": 33.0,
        "lon": 36.0,
        "in_syria": in_syria,
        "name": pid,
    }


PLACES = [
    link("a1", "gn:douma", "Rural Damascus", pcode="SY03"),
    link("a2", "gn:homs", "Homs", conf=0.4, pcode="SY04"),
    link("a3", "gn:damascus", "Damascus", pcode="SY01"),
    link("a1", "gn:rd", "Rural Damascus", kind="admin1", pcode="SY03"),
]


def ids(f: ViewFilter) -> list[str]:
    return [a["id"] for a in apply(ARTICLES, PLACES, f).articles]


@pytest.mark.parametrize(
    ("f", "expected"),
    [
        (ViewFilter(), ["a2", "a1", "a3"]),  # newest first, undated last
        (ViewFilter(start=D(2017, 2, 8), end=D(2017, 2, 8)), ["a1", "a3"]),  # inclusive bounds
        (ViewFilter(start=D(2018, 1, 1), show_undated=False), ["a2"]),
        (ViewFilter(outlets=frozenset({"Antara"})), ["a2"]),
        (ViewFilter(matching=frozenset({"a3"})), ["a3"]),
        (ViewFilter(matching=frozenset()), []),  # a search that found nothing shows nothing
        (ViewFilter(admin1=frozenset({"Homs"})), ["a2"]),
    ],
)
def test_filters_keep_the_expected_articles(f, expected):
    assert ids(f) == expected


def test_place_links_below_the_minimum_confidence_are_dropped_but_the_article_stays():
    view = apply(ARTICLES, PLACES, ViewFilter(min_confidence=0.5))
    assert "gn:homs" not in {p["place_id"] for p in view.places}
    assert "a2" in view.ids


def test_undated_articles_are_counted_even_when_hidden():
    assert apply(ARTICLES, PLACES, ViewFilter(show_undated=False)).n_undated == 1


def test_a_governorate_lists_the_articles_of_every_place_inside_it():
    assert articles_at("gn:rd", PLACES) == {"a1"}
    assert articles_at("gn:homs", PLACES) == {"a2"}
    assert articles_at("gn:unknown", PLACES) == frozenset()


def test_places_of_an_article_are_syrian_best_first():
    rows = PLACES + [link("a1", "foreign:ru", None, in_syria=False)]
    assert [p["place_id"] for p in places_of("a1", rows)] == ["gn:douma", "gn:rd"]
