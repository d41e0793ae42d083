"""A geopy geocoder over the offline Syria gazetteer, with an optional (off by default) online
fallback through Nominatim.

``OfflineGeocoder().geocode("Damaskus")`` answers from ``geodata/`` with no network: a geopy
:class:`~geopy.location.Location` whose ``raw`` is the gazetteer :class:`Place`. As in geopy,
a query that finds nothing returns ``None``.

The fallback is asked only for names the gazetteer does not know, and only when the caller turns
it on: ``OfflineGeocoder(fallback=nominatim_fallback("my-app/1.0 (me@example.org)"),
cache=...)``. Nominatim's usage policy allows one request a second with a real user agent, so
:func:`nominatim_fallback` wraps it in geopy's ``RateLimiter``. Its answers are kept in a cache
object with ``get(key)`` / ``set(key, value)`` (the store can provide a persistent one; values are
plain JSON-able dicts, ``None`` for "asked, nothing found"), so a name is never asked twice.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import asdict
from typing import Any, Protocol

from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from dashboard.geo.gazetteer import Gazetteer, distance_km, load_gazetteer
from dashboard.model import Place

__all__ = ["DictCache", "FallbackCache", "OfflineGeocoder", "nominatim_fallback"]

#: A fallback looks one name up online: a geopy Location (raw = Nominatim's dict) or None.
Fallback = Callable[[str], Location | None]
#: Kinds reverse() answers with unless told otherwise: the usual "which town is this".
REVERSE_KINDS = ("populated_place",)
_MISSING = object()


class FallbackCache(Protocol):
    """Where online answers are kept: any object with these two methods."""

    def get(self, key: str, default: Any = None) -> Any: ...

    def set(self, key: str, value: dict | None) -> None: ...


class DictCache(dict):
    """An in-memory FallbackCache (the default; the store may pass a persistent one)."""

    def set(self, key: str, value: dict | None) -> None:
        self[key] = value


def place_location(place: Place) -> Location:
    """A geopy Location for a gazetteer place; ``raw`` is the Place itself."""
    parts = [place.name]
    for part in (place.admin2, place.admin1, "Syria" if place.in_syria else None):
        if part and part not in parts:
            parts.append(part)
    return Location(", ".join(parts), Point(place.lat, place.lon), place)


class OfflineGeocoder(Geocoder):
    """geopy geocoder over :class:`Gazetteer`; no network unless a fallback is given."""

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        *,
        fallback: Fallback | None = None,
        cache: FallbackCache | None = None,
    ):
        super().__init__()
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
        self.fallback = fallback
        self.cache: FallbackCache = cache if cache is not None else DictCache()

    def geocode(self, query: str, *, exactly_one: bool = True, timeout: Any = None):
        """The best place called *query* (all candidates, best first, with exactly_one=False);
        None when neither the gazetteer nor the fallback knows it."""
        places = self.gazetteer.lookup(query)
        if not places and self.fallback is not None:
            places = [p for p in [self._ask_fallback(query)] if p is not None]
        if not places:
            return None
        locations = [place_location(p) for p in places]
        return locations[0] if exactly_one else locations

    def reverse(
        self,
        query: Any,
        *,
        exactly_one: bool = True,
        timeout: Any = None,
        kinds: Iterable[str] | None = REVERSE_KINDS,
    ):
        """The nearest place to *query* ("33.51, 36.29", a (lat, lon) pair or a Point)."""
        point = Point(query)
        place = None
        if kinds is not None and tuple(kinds) == REVERSE_KINDS:
            place = town_around(self.gazetteer, point.latitude, point.longitude)
        if place is None:
            place = self.gazetteer.nearest(point.latitude, point.longitude, kinds=kinds)
        if place is None:
            return None
        location = place_location(place)
        return location if exactly_one else [location]

    def _ask_fallback(self, query: str) -> Place | None:
        key = f"nominatim:{query.strip().casefold()}"
        cached = self.cache.get(key, _MISSING)
        if cached is _MISSING:
            found = self.fallback(query) if self.fallback else None
            cached = None if found is None else asdict(place_from_online(found))
            self.cache.set(key, cached)
        if cached is None:
            return None
        return Place(**{**cached, "names": tuple(cached.get("names", ()))})


def town_extent_km(place: Place) -> float:
    """A rough radius of a town's built-up area from its population (Damascus ≈ 11 km)."""
    return 1.5 + 2.5 * math.sqrt((place.population or 0) / 100_000)


def town_around(gazetteer: Gazetteer, lat: float, lon: float) -> Place | None:
    """The most populous Syrian town whose extent holds (lat, lon), so a point in a city's
    quarter answers with the city, not the quarter; None if no town's extent holds it."""
    best = None
    for place in gazetteer.places.values():
        if place.kind != "populated_place" or not place.in_syria or not place.population:
            continue
        if abs(place.lat - lat) > 0.2 or abs(place.lon - lon) > 0.25:
            continue  # cheap box before the great-circle distance
        if distance_km(lat, lon, place.lat, place.lon) <= town_extent_km(place) and (
            best is None or place.population > (best.population or 0)
        ):
            best = place
    return best


def place_from_online(location: Location) -> Place:
    """A Place for an online (Nominatim) answer, marked by an ``osm:`` id."""
    raw = location.raw if isinstance(location.raw, dict) else {}
    osm = f"osm:{raw.get('osm_type', 'x')}{raw.get('osm_id', '')}"
    country = (raw.get("address") or {}).get("country_code", "")
    kind = "country" if raw.get("addresstype") == "country" else "populated_place"
    return Place(
        id=osm,
        name=location.address.split(",")[0],
        kind=kind,
        lat=location.latitude,
        lon=location.longitude,
        in_syria=country == "sy",
        names=(location.address,),
    )


def nominatim_fallback(user_agent: str, *, min_delay_seconds: float = 1.0) -> Fallback:
    """Nominatim behind geopy's RateLimiter (one request a second), asking for addresses."""
    from geopy.extra.rate_limiter import RateLimiter
    from geopy.geocoders import Nominatim

    if not user_agent or "geopy" in user_agent.casefold():
        raise ValueError("Nominatim needs a user agent naming this application and a contact")
    service = Nominatim(user_agent=user_agent)
    limited = RateLimiter(service.geocode, min_delay_seconds=min_delay_seconds)
    return lambda query: limited(query, exactly_one=True, addressdetails=True)
