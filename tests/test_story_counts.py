"""The view engine counts stories, not copies: a wire story five outlets carried counts once on
the map, in its clusters, governorates and popups, and the list shows one card per story."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
import viewworld

from dashboard.map.clusters import cluster_places
from dashboard.map.data import listed_articles, places_in_view
from dashboard.rowtypes import ArticleRow, PlaceRow
from dashboard.store import query

pytestmark = pytest.mark.unit


def art(aid, published, outlet, story=None):
    return ArticleRow(
        aid, f"Judul {aid}", outlet, published=published, published_confidence=0.9, story_id=story
    )


def link(aid, pid, name, lat, lon, pcode="SY02", admin1="Aleppo"):
    return PlaceRow(
        aid, pid, name, "populated_place", lat, lon, True, admin1, pcode, confidence=0.9
    )


ALEPPO = ("gn:170063", "Aleppo", 36.20, 37.16)
AL_BAB = ("gn:172515", "al-Bab", 36.37, 37.52)
# w1-w3: one wire story in three outlets (w1 the first stored, so the story's id); w3 also
# names al-Bab. o1: another story at Aleppo. Story ids as the store gives them.
ARTICLES = [
    art("w1", "2020-02-01", "Antara", "w1"),
    art("w2", "2020-02-02", "Republika", "w1"),
    art("w3", "2020-02-03", "Kompas", "w1"),
    art("o1", "2020-01-15", "Kiblat"),  # never grouped: its own story
]
LINKS = [
    link("w1", *ALEPPO),
    link("w2", *ALEPPO),
    link("w3", *ALEPPO),
    link("w3", *AL_BAB),
    link("o1", *ALEPPO),
]

CASES = [
    # (filter, stories at Aleppo, at al-Bab, in the governorate, in view, articles in view)
    ({}, 2, 1, 2, 2, 4),
    ({"outlets": frozenset({"Republika", "Kompas"})}, 1, 1, 1, 1, 2),
    ({"outlets": frozenset({"Republika", "Kiblat"})}, 2, 0, 2, 2, 2),
]


@pytest.mark.parametrize("filters, aleppo, bab, gov, stories, articles", CASES)
def test_places_governorates_and_the_view_count_each_story_once(
    filters, aleppo, bab, gov, stories, articles
):
    s = viewworld.select(ARTICLES, LINKS, **filters)
    assert s.place_count(ALEPPO[0]) == aleppo
    assert s.place_count(AL_BAB[0]) == bab
    assert s.gov_counts.get("SY02", 0) == gov
    assert s.n_view_stories == stories and s.n_view == articles


def test_ungrouped_articles_each_count_as_a_story():
    apart = [dataclasses.replace(a, story_id=None) for a in ARTICLES]
    s = viewworld.select(apart, LINKS)
    assert s.place_count(ALEPPO[0]) == 4 and s.n_view_stories == 4


def test_a_cluster_counts_the_story_once():
    s = viewworld.select(ARTICLES, LINKS)
    clustering = cluster_places(s, places_in_view(s))
    low = [c for c in clustering.clusters if c.zoom == 5]
    assert len(low) == 1 and low[0].n_places == 2
    assert low[0].n_articles == 2  # the wire story and the other one, not 5 links or 4 articles


def test_a_popup_lists_one_copy_per_story_the_newest():
    s = viewworld.select(ARTICLES, LINKS)
    c = s.columns
    at_aleppo = listed_articles(s, np.array([c.place_index[ALEPPO[0]]]), cap=5)
    listed = [c.ids[i] for i in at_aleppo[c.place_index[ALEPPO[0]]]]
    assert listed == ["w3", "o1"]


def test_the_list_shows_one_card_per_story_and_knows_its_copies():
    s = viewworld.select(ARTICLES, LINKS)
    c = s.columns
    cards = query.ids(c, query.first_of_each_story(c, s.view))
    assert cards == ["w3", "o1"]
    assert [c.ids[i] for i in query.copies(c, c.index["w3"])] == ["w2", "w1"]
    assert query.copies(c, c.index["o1"]) == []


def test_a_card_names_the_outlets_of_the_other_copies_escaped():
    from dashboard.view import cards

    story = art("w3", "2020-02-03", "Kompas", "w1")
    copies = [art("w2", "2020-02-02", "<b>Republika</b>", "w1"), art("w1", None, None, "w1")]
    html = cards.card_html(story, [], copies=copies)
    assert "juga dimuat di: " in html and "&lt;b&gt;Republika&lt;/b&gt;" in html
    assert "media tidak diketahui" in html and 'data-copy-ids="w2 w1"' in html
    assert cards.copy_label(copies[1]) == "media tidak diketahui · tanpa tanggal"
    assert "juga dimuat di" not in cards.card_html(story, [])
