"""The anchor index answers exactly what comparing a place with every anchor would answer."""

from __future__ import annotations

import math
import random
from dataclasses import replace

import pytest

from dashboard.geo.gazetteer import EARTH_RADIUS_KM
from dashboard.geo.parse.anchors import CELL_DEG, SCAN_ALL, Anchors, distance
from dashboard.model import Place

pytestmark = pytest.mark.unit


def _place(pid: str, lat: float, lon: float, pcode: str | None = "SY01") -> Place:
    return Place(
        id=pid,
        name=pid,
        kind="populated_place",
        lat=lat,
        lon=lon,
        in_syria=True,
        admin1_pcode=pcode,
    )


DAMASCUS = _place("damascus", 33.5159, 36.2815, "SY01")
DOUMA = _place("douma", 33.5718, 36.4027, "SY03")  # ~13 km from Damascus
ALEPPO = _place("aleppo", 36.2037, 37.1726, "SY02")  # ~310 km away
REGION = _place("region", 33.53, 36.38, None)  # a region without a governorate code


@pytest.mark.parametrize(
    ("anchors", "query", "km", "key", "place_id", "expected"),
    [
        ({("damaskus", "damascus"): DAMASCUS}, DOUMA, 40.0, "duma", None, True),
        ({("halab", "aleppo"): ALEPPO}, DOUMA, 40.0, "duma", None, False),
        ({("halab", "aleppo"): ALEPPO}, DOUMA, 400.0, "duma", None, True),
        # the anchors of the name being decided never count for it
        ({("duma", "damascus"): DAMASCUS}, DOUMA, 40.0, "duma", None, False),
        # nor, when asked, the place itself under another name
        ({("damaskus", "damascus"): DAMASCUS}, DAMASCUS, 40.0, "syam", "damascus", False),
        ({("damaskus", "damascus"): DAMASCUS}, DAMASCUS, 40.0, "syam", None, True),
    ],
)
def test_within_finds_another_anchor_in_reach(anchors, query, km, key, place_id, expected):
    assert Anchors(anchors).within(query, km, key, place_id) is expected


@pytest.mark.parametrize(
    ("anchors", "query", "key", "place_id", "expected"),
    [
        ({("halab", "aleppo"): ALEPPO}, _place("x", 36.0, 37.0, "SY02"), "x", None, True),
        ({("halab", "aleppo"): ALEPPO}, DOUMA, "duma", None, False),
        ({("halab", "aleppo"): ALEPPO}, ALEPPO, "aleppo", "aleppo", False),  # itself only
        # two places without a governorate code share "no governorate", as before the index
        ({("ghouta", "region"): REGION}, _place("y", 33.0, 36.0, None), "y", None, True),
    ],
)
def test_in_governorate_finds_another_anchor_with_the_same_code(
    anchors, query, key, place_id, expected
):
    assert Anchors(anchors).in_governorate(query, key, place_id) is expected


@pytest.mark.parametrize(
    ("anchors", "key", "place_id", "expected"),
    [
        ({}, "x", None, False),  # nothing to compare with
        ({("damaskus", "damascus"): DAMASCUS}, "damaskus", None, False),
        ({("damaskus", "damascus"): DAMASCUS}, "syam", None, True),
        ({("damaskus", "damascus"): DAMASCUS}, "syam", "damascus", False),
        (
            {("damaskus", "damascus"): DAMASCUS, ("halab", "aleppo"): ALEPPO},
            "syam",
            "damascus",
            True,
        ),
    ],
)
def test_any_other_counts_anchors_of_other_names_and_places(anchors, key, place_id, expected):
    assert Anchors(anchors).any_other(key, place_id) is expected


def _brute_within(anchors, query, km, key, place_id):
    return any(
        distance(query, p) <= km for (k, _), p in anchors.items() if k != key and p.id != place_id
    )


@pytest.mark.parametrize(
    ("lat_range", "lon_range"),
    [
        ((32.0, 37.5), (35.5, 42.5)),  # Syria: the grid is used
        ((-89.5, 89.5), (-179.9, 179.9)),  # poles and the antimeridian: the careful fallbacks
    ],
)
@pytest.mark.parametrize("km", [40.0, 100.0, 1000.0])
def test_the_grid_agrees_with_comparing_every_anchor(lat_range, lon_range, km):
    # many anchors, so the grid (not the plain scan of a few) answers; points on cell edges too
    rng = random.Random(7)  # noqa: S311 - reproducible test points

    def point(i: int) -> Place:
        lat, lon = rng.uniform(*lat_range), rng.uniform(*lon_range)
        if i % 5 == 0:
            lat, lon = round(lat / CELL_DEG) * CELL_DEG, round(lon / CELL_DEG) * CELL_DEG
        return _place(f"p{i}", lat, lon)

    anchors = {(f"k{i % 40}", f"p{i}"): point(i) for i in range(4 * SCAN_ALL)}
    index = Anchors(anchors)
    for i in range(400):
        query, key = point(1000 + i), f"k{i % 45}"
        place_id = f"p{i}" if i % 3 else None
        assert index.within(query, km, key, place_id) == _brute_within(
            anchors, query, km, key, place_id
        ), (query, key)


@pytest.mark.parametrize("km", [40.0, 100.0])
def test_the_latitude_pre_test_keeps_anchors_right_at_the_reach(km):
    # few anchors (the plain scan); some exactly km north or south of the query, or a hair inside
    rng = random.Random(11)  # noqa: S311 - reproducible test points
    step = math.degrees(km / EARTH_RADIUS_KM)
    for _ in range(300):
        query = _place("q", rng.uniform(32.0, 37.5), rng.uniform(35.5, 42.5))
        lat = query.lat + rng.choice([step, -step, step * (1 - 1e-12), step * 1.001, step / 2])
        lon = query.lon + rng.choice([0.0, 0.0, 1e-9, rng.uniform(-1.0, 1.0)])
        anchors = {("k", "p"): _place("p", lat, lon)}
        want = _brute_within(anchors, query, km, "other", None)
        assert Anchors(anchors).within(query, km, "other") == want, (query, lat, lon)


def _brute_count_around(anchors, place, km, key):
    return sum(
        1
        for (k, _), other in anchors.items()
        if k != key
        and other.id != place.id
        and (other.admin1_pcode == place.admin1_pcode or distance(place, other) <= km)
    )


def _brute_nearest(anchors, place, key):
    return min(
        (
            distance(place, other)
            for (k, _), other in anchors.items()
            if k != key and other.id != place.id and other.kind not in ("admin1", "country")
        ),
        default=math.inf,
    )


@pytest.mark.parametrize("km", [40.0, 100.0])
def test_counts_around_and_capped_nearest_distances_are_those_of_every_anchor(km):
    # the latitude pre-test and the grid (over SCAN_ALL anchors) skip distances only where they
    # cannot count (or be under the cap); anchors exactly km north or south of a query are among
    # the random ones
    rng = random.Random(13)  # noqa: S311 - reproducible test points
    step = math.degrees(km / EARTH_RADIUS_KM)
    for _ in range(200):
        query = _place("q", rng.uniform(32.0, 37.5), rng.uniform(35.5, 42.5), "SY01")
        anchors = {}
        for i in range(rng.choice([rng.randint(0, 12), rng.randint(SCAN_ALL + 1, 3 * SCAN_ALL)])):
            lat = query.lat + rng.choice([step, -step, step * (1 - 1e-12), step * 1.001, 3 * step])
            lat = rng.choice([lat, rng.uniform(32.0, 37.5)])
            lon = query.lon + rng.choice([0.0, 1e-9, rng.uniform(-1.0, 1.0)])
            anchors[(f"k{i % 3}", f"p{i}")] = replace(
                _place(f"p{i}", lat, lon, rng.choice(["SY01", "SY02"])),
                admin2_pcode=rng.choice(["SY0100", "SY0101", None]),
            )
        index = Anchors(anchors)
        assert index.count_around(query, km, "k0") == _brute_count_around(anchors, query, km, "k0")
        nearest = _brute_nearest(anchors, query, "k0")
        assert min(index.nearest_km(query, "k0", km), km) == min(nearest, km)
        assert index.nearest_km(query, "k0") == nearest
        district = replace(query, admin2_pcode="SY0100")
        assert index.count_in_district(district, "k0") == sum(
            1 for (k, _), other in anchors.items() if k != "k0" and other.admin2_pcode == "SY0100"
        )
