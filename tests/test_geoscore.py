"""The benchmark's scoring rules (benchmarks/geoscore.py): matching, optional gold, dates, focus."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import geoscore  # noqa: E402
from geoscore import Point  # noqa: E402

pytestmark = pytest.mark.unit

DAMASCUS = Point("Damascus", "populated_place", 33.513, 36.292)
DOUMA = Point("Douma", "populated_place", 33.572, 36.402)
SYRIA = Point("Syria", "country", 35.0, 38.5)
IDLIB_GOV = Point("Idlib Governorate", "admin1", 35.77, 36.67)
IDLIB_TOWN = Point("Idlib", "populated_place", 35.93, 36.63)


@pytest.mark.parametrize(
    ("gold", "pred", "matches"),
    [
        (DAMASCUS, Point("Damascus", "populated_place", 33.52, 36.28), True),
        (DAMASCUS, DOUMA, True),  # 12 km apart: within the 25 km of a town
        (DAMASCUS, Point("Homs", "populated_place", 34.73, 36.68), False),
        (IDLIB_GOV, IDLIB_TOWN, True),  # a governorate allows 75 km
        (SYRIA, Point("Syria", "country", None, None), True),  # the country has no point
        # Palmyra lies 60 km from Syria's centre point, yet a town is never the country
        (SYRIA, Point("Palmyra", "populated_place", 34.55, 38.27), False),
    ],
)
def test_a_prediction_matches_gold_within_the_tolerance_of_its_kind(gold, pred, matches):
    assert (geoscore.distance(gold, pred) is not None) is matches


def test_matching_is_one_to_one():
    # one predicted Damascus cannot stand for both the city and Douma
    tally = geoscore.score_places([DAMASCUS, DOUMA], [], [DAMASCUS])
    assert (tally.tp, tally.fp, tally.fn) == (1, 0, 1)


def test_optional_gold_earns_nothing_and_costs_nothing():
    matched = geoscore.score_places([], [DOUMA], [DOUMA])
    assert (matched.tp, matched.fp, matched.fn) == (0, 0, 0)
    assert geoscore.score_places([], [DOUMA], []).fn == 0


def test_an_unmatched_prediction_is_a_false_positive():
    tally = geoscore.score_places([DAMASCUS], [], [DAMASCUS, IDLIB_TOWN])
    assert (tally.tp, tally.fp, tally.fn, tally.precision) == (1, 1, 0, 0.5)


@pytest.mark.parametrize(
    ("found", "gold", "right"),
    [
        ("2017-02-08", {"published": "2017-02-08", "published_confidence": "explicit"}, True),
        ("2017-02-09", {"published": "2017-02-08", "published_confidence": "explicit"}, False),
        ("2017-02-09", {"published": "2017-02-08", "published_confidence": "inferred"}, True),
        (None, {"published": "2017-02-08", "published_confidence": "explicit"}, False),
    ],
)
def test_dates_are_exact_or_one_day_off_when_inferred(found, gold, right):
    assert geoscore.date_right(found, gold) is right


GOLD_FOCUS = {
    "focus": "Hujeira",
    "focus_lat": 33.43,
    "focus_lon": 36.28,
    "focus_alternatives": ["Damascus"],
    "locations": [{"place": "Damascus", "kind": "populated_place", "lat": 33.513, "lon": 36.292}],
}
NO_FOCUS = {"focus": None, "focus_alternatives": ["Damascus"], "locations": GOLD_FOCUS["locations"]}


@pytest.mark.parametrize(
    ("pred", "gold", "right"),
    [
        (Point("Hujayrah", "populated_place", 33.43, 36.28), GOLD_FOCUS, True),
        (DAMASCUS, GOLD_FOCUS, True),  # an accepted alternative
        (IDLIB_TOWN, GOLD_FOCUS, False),
        (None, GOLD_FOCUS, False),
        (None, NO_FOCUS, True),  # no place stands out, and we say so
        (DAMASCUS, NO_FOCUS, True),  # … or we name an alternative a fair reader accepts
        (IDLIB_TOWN, NO_FOCUS, False),
    ],
)
def test_the_focus_is_right_when_it_is_the_gold_focus_or_an_alternative(pred, gold, right):
    assert geoscore.focus_right(pred, gold) is right
