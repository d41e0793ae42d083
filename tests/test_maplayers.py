"""Mapping a streamlit-folium click back to a place."""

from __future__ import annotations

import pytest

from dashboard.map.clicks import clicked_place_id
from dashboard.map.data import PlaceSummary

pytestmark = pytest.mark.unit


def summary(pid, lat, lon, radius=None):
    return PlaceSummary(pid, pid, "populated_place", lat, lon, None, None, radius, 1)


PLACES = [
    summary("gn:1", 33.57, 36.40),
    summary("region:x", 33.5, 36.3, radius=12.0),
    summary("ocha:SY1006", 35.1, 36.16, radius=15.0),
]


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        ({"last_object_clicked_popup": "Douma\n3 artikel\nID tempat: gn:1"}, "gn:1"),
        ({"last_object_clicked_popup": "X\nID tempat: region:x"}, "region:x"),
        ({"last_object_clicked_popup": "ID tempat: gov:SY07"}, "gov:SY07"),  # governorate area
        # a district's gazetteer id (OCHA P-code) is a place like any other, not a governorate
        ({"last_object_clicked_popup": "Qadmous\nID tempat: ocha:SY1006"}, "ocha:SY1006"),
        ({"last_object_clicked_popup": "ID tempat: ocha:SY07"}, None),  # not on the map
        # an id not on the map (stale popup): fall back to the clicked point
        (
            {
                "last_object_clicked_popup": "ID tempat: gn:999",
                "last_object_clicked": {"lat": 33.57, "lng": 36.40},
            },
            "gn:1",
        ),
        ({"last_object_clicked": {"lat": 33.57, "lng": 36.40}}, "gn:1"),
        # a click inside a region's circle is not at its centre: no guess
        ({"last_object_clicked": {"lat": 33.6, "lng": 36.5}}, None),
        ({}, None),
        (None, None),
    ],
)
def test_click_result_maps_to_the_place_id(result, expected):
    assert clicked_place_id(result, PLACES) == expected
