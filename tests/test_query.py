"""The view engine: one definition of every number the page shows (view, places, governorates)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
import viewworld

from dashboard.map.clusters import cluster_places
from dashboard.rowtypes import ArticleRow, PlaceRow
from dashboard.store import query
from dashboard.view.export import to_csv

pytestmark = pytest.mark.unit
D = dt.date


def art(aid, published=None, conf=0.9, outlet="Kiblat"):
    return ArticleRow(aid, f"Judul {aid}", outlet, published=published, published_confidence=conf)


def link(
    aid, pid, name, lat, lon, *, kind="populated_place", pcode="SY02", admin1="Aleppo", conf=0.9
):
    return PlaceRow(aid, pid, name, kind, lat, lon, True, admin1, pcode, confidence=conf)


ALEPPO_GOV = ("gn:170062", "Aleppo Governorate", 36.2, 37.2)
ARTICLES = [
    art("a1", "2018-03-01"),
    art("a2", "2018-06-01"),
    art("a3", "2019-01-01", outlet="Antara"),
    art("u1"),  # undated
]
LINKS = [
    # a1 names the governorate itself and Aleppo city; a2 names al-Bab and Aleppo city;
    # a3 names only Manbij; u1 (undated) names al-Bab.
    link("a1", *ALEPPO_GOV, kind="admin1"),
    link("a1", "gn:170063", "Aleppo", 36.20, 37.16),
    link("a2", "gn:170063", "Aleppo", 36.20, 37.16),
    link("a2", "gn:172515", "al-Bab", 36.37, 37.52),
    link("a3", "gn:166365", "Manbij", 36.53, 37.95, conf=0.4),
    link("u1", "gn:172515", "al-Bab", 36.37, 37.52),
    link("a2", "gn:170654", "Damascus", 33.51, 36.29, pcode="SY01", admin1="Damascus"),
]


def sel(**filters) -> query.Selection:
    return viewworld.select(ARTICLES, LINKS, **filters)


def test_a_governorate_counts_the_articles_naming_any_place_inside_it_everywhere():
    s = sel()
    # picker/pin (place_count), choropleth and its popup (gov_counts), list (at_place): all 3
    assert s.gov_counts["SY02"] == 3
    assert s.place_count(ALEPPO_GOV[0]) == 3
    assert int(s.at_place(ALEPPO_GOV[0], s.view).sum()) == 3


def test_inside_a_range_only_dated_articles_count_and_the_undated_are_apart():
    s = sel(start=D(2018, 1, 1), end=D(2018, 12, 31))
    assert query.ids(s.columns, s.view) == ["a2", "a1"]  # newest first
    assert query.ids(s.columns, s.undated) == ["u1"]
    assert s.place_count("gn:172515") == 1  # al-Bab: a2 only, not the undated u1


def test_a_place_counts_distinct_articles_in_view():
    s = sel()
    assert s.place_count("gn:170063") == 2 and s.place_count("gn:166365") == 1


def test_minimum_confidence_drops_weak_links_from_every_count():
    s = sel(min_confidence=0.5)
    assert s.place_count("gn:166365") == 0 and s.gov_counts["SY02"] == 2
    assert "a3" in query.ids(s.columns, s.view)  # the article stays listed, its weak place goes


def test_the_governorate_filter_keeps_articles_naming_a_place_in_it_and_only_those_places():
    s = sel(admin1=frozenset({"Damascus"}))
    assert query.ids(s.columns, s.view) == ["a2"]
    assert s.place_count("gn:170063") == 0 and s.place_count("gn:170654") == 1


def test_outlet_and_search_filters_narrow_the_view():
    assert query.ids(
        sel(outlets=frozenset({"Antara"})).columns, sel(outlets=frozenset({"Antara"})).view
    ) == ["a3"]
    s = sel(matching=frozenset({"a1", "u1", "unknown"}))
    assert query.ids(s.columns, s.view) == ["a1"] and query.ids(s.columns, s.undated) == ["u1"]


def test_a_cluster_counts_distinct_articles_not_the_sum_of_its_places():
    # Aleppo city (a1, a2) and al-Bab (a2) are 35 km apart: one cluster at zoom 5 holding
    # 2 distinct articles, where adding the pins would say 3.
    s = sel()
    c = s.columns
    points = np.array([c.place_index[p] for p in ("gn:170063", "gn:172515")])
    clustering = cluster_places(s, points)
    at5 = [k for k in clustering.clusters if k.zoom == 5]
    assert [(k.n_places, k.n_articles) for k in at5] == [(2, 2)]
    assert s.place_count("gn:170063") + s.place_count("gn:172515") == 3


def test_a_place_alone_at_one_zoom_stays_alone_when_zooming_in():
    s = sel()
    c = s.columns
    points = np.array([c.place_index[p] for p in ("gn:170063", "gn:172515", "gn:170654")])
    clustering = cluster_places(s, points)
    assert clustering.alone_from["gn:170654"] == 5  # Damascus is far from the others
    last = max(clustering.alone_from[p] for p in ("gn:170063", "gn:172515"))
    assert 5 < last <= 12
    assert not [k for k in clustering.clusters if k.zoom >= last]


def test_the_csv_holds_what_the_list_shows():
    s = sel(start=D(2018, 1, 1), end=D(2018, 12, 31))
    rows = {a.id: a for a in ARTICLES}

    def exported(with_undated):
        ids = query.ids(s.columns, s.listed(None, with_undated))
        csv = to_csv([rows[i] for i in ids], [p for p in LINKS if p.article_id in ids])
        return [line.split(",")[0] for line in csv.decode("utf-8-sig").splitlines()[1:]]

    assert exported(False) == ["a2", "a1"]
    assert exported(True) == ["a2", "a1", "u1"]
    assert query.ids(s.columns, s.listed("gn:172515", True)) == ["a2", "u1"]


def test_a_place_counts_the_distinct_stories_in_view_whatever_the_window():
    # 60 articles in 12 stories naming 8 places: the pair index is built once per store version
    # and must give each window's count of distinct stories per place (checked by brute force).
    rng = np.random.default_rng(7)
    articles = [
        ArticleRow(
            f"s{i}",
            f"Judul {i}",
            "Kiblat",
            published=str(D(2018, 1, 1) + dt.timedelta(days=int(rng.integers(0, 365)))),
            published_confidence=0.9,
            story_id=f"story{i % 12}",
        )
        for i in range(60)
    ]
    places = [(f"gn:{900 + k}", f"Desa {k}", 35.0 + k / 10, 37.0) for k in range(8)]
    links = [
        link(a.id, *places[k])
        for a in articles
        for k in sorted(set(rng.integers(0, 8, size=3).tolist()))
    ]
    cols = viewworld.build(articles, links)  # one store version, three windows
    for start, end in ((None, None), (D(2018, 3, 1), D(2018, 6, 30)), (D(2018, 12, 1), None)):
        s = query.select(cols, query.ViewFilter(start=start, end=end))
        inside = {a.id for a in articles if (start is None or a.published >= str(start))}
        inside &= {a.id for a in articles if end is None or a.published <= str(end)}
        story_of = {a.id: a.story for a in articles}
        for pid, *_ in places:
            stories = {
                story_of[p.article_id]
                for p in links
                if p.place_id == pid and p.article_id in inside
            }
            assert s.place_count(pid) == len(stories), (pid, start, end)
