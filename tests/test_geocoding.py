"""OfflineGeocoder: geopy's interface over the gazetteer, with no network; the online fallback is
exercised only through a fake (Nominatim is never called in tests)."""

from __future__ import annotations

import pytest
from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from dashboard.geo.geocoder import DictCache, OfflineGeocoder, nominatim_fallback, town_around
from dashboard.model import Place


@pytest.fixture(scope="module")
def geocoder() -> OfflineGeocoder:
    return OfflineGeocoder()


@pytest.mark.integration
def test_it_is_a_geopy_geocoder(geocoder: OfflineGeocoder) -> None:
    assert isinstance(geocoder, Geocoder)


@pytest.mark.integration
@pytest.mark.parametrize(
    ("query", "place_id", "admin1"),
    [
        ("Damaskus", "gn:170654", "Damascus"),
        ("Kafr Nabudah", "gn:168660", "Hama"),  # the Hama town
        ("Ghutah Timur", "region:eastern-ghouta", "Rural Damascus"),
        ("Khan Sheikhoun", "gn:168325", "Idleb"),
    ],
)
def test_geocode_returns_a_location_holding_the_place(
    geocoder: OfflineGeocoder, query: str, place_id: str, admin1: str
) -> None:
    location = geocoder.geocode(query)
    assert isinstance(location, Location) and isinstance(location.raw, Place)
    assert (location.raw.id, location.raw.admin1) == (place_id, admin1)
    assert (location.latitude, location.longitude) == (location.raw.lat, location.raw.lon)
    assert location.address.endswith("Syria")


@pytest.mark.integration
def test_geocode_lists_every_douma_best_first(geocoder: OfflineGeocoder) -> None:
    locations = geocoder.geocode("Douma", exactly_one=False)
    assert locations[0].raw.id == "gn:170592"
    assert {"gn:170591", "gn:170593"} <= {loc.raw.id for loc in locations}  # Hama, Suwayda


@pytest.mark.integration
def test_an_unknown_name_geocodes_to_none_as_in_geopy(geocoder: OfflineGeocoder) -> None:
    assert geocoder.geocode("Xyzzyville") is None
    assert geocoder.geocode("Xyzzyville", exactly_one=False) is None


@pytest.mark.integration
@pytest.mark.parametrize(
    ("query", "place_id"),
    [
        ((33.51, 36.29), "gn:170654"),  # central Damascus: the city, not one of its quarters
        ("33.51, 36.29", "gn:170654"),  # geopy also takes a "lat, lon" string
        (Point(35.93, 36.63), "gn:169389"),  # Idlib
        ((36.20, 37.15), "gn:170063"),  # Aleppo
        ((33.572, 36.403), "gn:170592"),  # Douma
    ],
)
def test_reverse_finds_the_town_at_a_point(
    geocoder: OfflineGeocoder, query: object, place_id: str
) -> None:
    assert geocoder.reverse(query).raw.id == place_id


@pytest.mark.integration
def test_reverse_in_the_desert_gives_the_nearest_village(geocoder: OfflineGeocoder) -> None:
    # no town's built-up area reaches here: the literal nearest populated place answers
    location = geocoder.reverse((34.0, 38.0))
    nearest = geocoder.gazetteer.nearest(34.0, 38.0, kinds=["populated_place"])
    assert town_around(geocoder.gazetteer, 34.0, 38.0) is None
    assert location.raw == nearest


@pytest.mark.integration
def test_reverse_can_answer_with_other_kinds(geocoder: OfflineGeocoder) -> None:
    assert geocoder.reverse((33.51, 36.29), kinds=["admin1"]).raw.admin1_pcode == "SY01"


# --- the optional online fallback, through a fake -----------------------------------------------


class FakeOnline:
    """Stands in for Nominatim: counts calls, answers one made-up name the gazetteer lacks."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, query: str) -> Location | None:
        self.calls.append(query)
        if query != "Kafr Khayali":
            return None
        raw = {"osm_type": "node", "osm_id": 42, "address": {"country_code": "sy"}}
        return Location("Kafr Khayali, Al-Hasakah, Syria", Point(36.65, 40.37), raw)


@pytest.mark.integration
def test_the_fallback_is_off_by_default(geocoder: OfflineGeocoder) -> None:
    assert geocoder.fallback is None


@pytest.mark.integration
def test_the_fallback_answers_unknown_names_and_is_cached() -> None:
    fake, cache = FakeOnline(), DictCache()
    geocoder = OfflineGeocoder(fallback=fake, cache=cache)
    first = geocoder.geocode("Kafr Khayali")
    second = geocoder.geocode("kafr khayali")  # same key: no second request
    assert fake.calls == ["Kafr Khayali"]
    assert first.raw == second.raw
    assert (first.raw.id, first.raw.in_syria) == ("osm:node42", True)
    assert cache["nominatim:kafr khayali"]["lat"] == 36.65  # plain values, storable anywhere


@pytest.mark.integration
def test_a_fallback_miss_is_cached_too() -> None:
    fake = FakeOnline()
    geocoder = OfflineGeocoder(fallback=fake)
    assert geocoder.geocode("Atlantis") is None
    assert geocoder.geocode("Atlantis") is None
    assert fake.calls == ["Atlantis"]  # asked once, "nothing" remembered


@pytest.mark.integration
def test_the_fallback_is_not_asked_for_names_the_gazetteer_knows() -> None:
    fake = FakeOnline()
    assert OfflineGeocoder(fallback=fake).geocode("Damaskus").raw.id == "gn:170654"
    assert fake.calls == []


@pytest.mark.unit
@pytest.mark.parametrize("agent", ["", "geopy/2.4"])
def test_nominatim_needs_a_real_user_agent(agent: str) -> None:
    # Nominatim's usage policy bans the default agent; constructing it sends no request
    with pytest.raises(ValueError, match="user agent"):
        nominatim_fallback(agent)
