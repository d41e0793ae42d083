"""Article cards and place chips: what each place link says about itself, escaped."""

from __future__ import annotations

import pytest

from dashboard.rowtypes import PlaceRow
from dashboard.view.cards import chips_html, place_label

pytestmark = pytest.mark.unit


def link(
    name,
    *,
    pid="gn:1",
    kind="populated_place",
    admin1=None,
    in_syria=True,
    conf=0.9,
    qualifier=None,
    radius_km=None,
    name_id=None,
):
    return PlaceRow(
        article_id="a1",
        place_id=pid,
        name=name or "",
        kind=kind,
        admin1=admin1,
        in_syria=in_syria,
        confidence=conf,
        qualifier=qualifier,
        radius_km=radius_km,
        name_id=name_id,
    )


@pytest.mark.parametrize(
    ("place", "label"),
    [
        (link("Kafr Nabudah", admin1="Hama"), "Kafr Nabudah · Hama"),
        # a namesake in another governorate must be told apart: the governorate is the clue
        (link("Douma", admin1="Rural Damascus"), "Douma · Rural Damascus"),
        (link("Hama", kind="admin1", admin1="Hama"), "Hama"),  # a governorate is its own admin1
        (link("Homs", admin1="Homs"), "Homs"),  # the city named like its governorate
        (
            link("Ghouta", kind="region", admin1="Rural Damascus", radius_km=15.0),
            "Ghouta · Rural Damascus · ±15 km",
        ),  # vague: how vague is part of what it is
        (link("Syria", kind="country", qualifier="utara"), "Syria (utara)"),
        (link("Russia", kind="country", in_syria=False), "Russia · luar Suriah"),
        (link(None, pid="gn:42"), "gn:42"),  # no name known: the id still traces it
        (link("Damascus", admin1="Damascus", name_id="Damaskus"), "Damaskus"),
        (
            link(
                "Eastern Ghouta",
                kind="region",
                admin1="Rural Damascus",
                radius_km=8.0,
                name_id="Ghouta Timur",
            ),
            "Ghouta Timur · Rural Damascus · ±8 km",
        ),
        (link("Russia", kind="country", in_syria=False, name_id="Rusia"), "Rusia · luar Suriah"),
    ],
)
def test_a_place_label_names_the_place_with_what_tells_it_apart(place, label):
    assert place_label(place) == label


def test_each_chip_shows_its_confidence_and_names_the_place_in_full_in_its_title():
    html = chips_html([link("Kafr Nabudah", pid="gn:168660", admin1="Hama", conf=0.92)])
    assert (
        '<span class="snm-chip" data-place-id="gn:168660" '
        'title="Kafr Nabudah · Hama · keyakinan 92%">Kafr Nabudah'
        '<span class="snm-conf">92%</span></span>'
    ) == html


@pytest.mark.parametrize(("conf", "weak"), [(0.49, True), (0.5, False), (0.0, True)])
def test_weak_place_links_are_marked_for_checking(conf, weak):
    assert ("snm-weak" in chips_html([link("Douma", conf=conf)])) is weak


def test_the_selected_place_chip_stands_out():
    assert 'class="snm-chip snm-selected"' in chips_html([link("Douma")], selected="gn:1")


def test_chip_text_and_title_are_escaped():
    hostile = '"><img src=x onerror=alert(1)> ${alert(2)} `'
    html = chips_html([link(hostile, pid='gn:"x', admin1="<b>Hama</b>")])
    assert "<img" not in html and "<b>" not in html and "${" not in html and "`" not in html
    assert 'data-place-id="gn:&quot;x"' in html
    assert html.count("&lt;img src=x onerror=alert(1)&gt;") == 2  # the chip's text and title
    assert "· &lt;b&gt;Hama&lt;/b&gt; · keyakinan 90%" in html


def test_a_chip_shows_the_indonesian_name_where_known():
    html = chips_html([link("Damascus", pid="gn:170654", admin1="Damascus", name_id="Damaskus")])
    assert 'title="Damaskus · keyakinan 90%">Damaskus<' in html and "Damascus<" not in html


def test_an_indonesian_name_is_escaped_like_any_other():
    # the name comes from a data file: it is escaped all the same
    html = chips_html([link("X", name_id='<img src=x onerror=alert(1)>"')])
    assert "<img" not in html and html.count("&lt;img src=x onerror=alert(1)&gt;&quot;") == 2
