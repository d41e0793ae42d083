"""The article's sure places ("anchors"), indexed so a name is compared with its neighbours only.

Ambiguous names lean towards the governorates and neighbours of the article's other sure places
(:mod:`dashboard.geo.parse.resolve`). Comparing every name with every anchor costs names × anchors,
which on a long text naming hundreds of places is most of the work. Here the anchors are bucketed by
governorate and by a grid cell of :data:`CELL_DEG` degrees, so "is another anchor in this
governorate, or within 40 km?" looks at one bucket or at the cells a circle of that radius can
reach. The cells are chosen with a bound that never misses a place inside the circle, and the
distance is then computed exactly as before: the answers are those of the full comparison."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Final

from dashboard.geo.gazetteer import EARTH_RADIUS_KM, distance_km
from dashboard.model import Place

CELL_DEG: Final = 1.0  # grid cell size: a 40 km circle reaches at most 2 × 2 cells in Syria
_MARGIN_KM: Final = (
    0.001  # the latitude pre-test in `within` errs this far on the side of computing
)
SCAN_ALL: Final = (
    32  # up to this many anchors, looking at all of them is cheaper than finding cells
)
#: Anchors whose point only labels an area: "near" a governorate's centre says nothing (Ba'idah
#: of Safita is 22 km from Tartus governorate's point, al-Bayda of Baniyas 7 km from Baniyas)
AREAS: Final = frozenset({"admin1", "country"})

#: (automaton key of the name, place) for each anchor
_Anchor = tuple[str, Place]


class Anchors:
    """Sure places keyed by (name key, place id), queried "except those of name *key*"."""

    def __init__(self, anchors: Mapping[tuple[str, str], Place]):
        self._pairs = anchors.keys()
        self._per_key: dict[str, int] = {}  # anchors under each name
        self._per_id: dict[str, int] = {}  # names under which each place is an anchor
        self._all: list[_Anchor] = []
        self._by_pcode: dict[str | None, list[_Anchor]] = {}
        for (key, place_id), place in anchors.items():
            self._per_key[key] = self._per_key.get(key, 0) + 1
            self._per_id[place_id] = self._per_id.get(place_id, 0) + 1
            self._all.append((key, place))
            self._by_pcode.setdefault(place.admin1_pcode, []).append((key, place))
        self._cells: dict[tuple[int, int], list[_Anchor]] | None = None  # built when first needed
        self._by_district: dict[str | None, list[_Anchor]] | None = None  # likewise
        #: governorates an anchor below them stands for ("kota Baniyas, provinsi Tartus"): with
        #: areas=False in `within`, their point is then no neighbour (it only labels the area)
        self._placed = frozenset(
            p.admin1_pcode for _, p in self._all if p.kind not in AREAS and p.admin1_pcode
        )

    def pairs(self) -> Iterable[tuple[str, str]]:
        """(name key, place id) of every anchor."""
        return self._pairs

    def any_other(self, key: str, place_id: str | None = None) -> bool:
        """Some anchor is not named *key* (and is not the place *place_id*)."""
        n = len(self._pairs) - self._per_key.get(key, 0)
        if place_id is not None:
            n -= self._per_id.get(place_id, 0) - ((key, place_id) in self._pairs)
        return n > 0

    def in_governorate(self, place: Place, key: str, place_id: str | None = None) -> bool:
        """Another anchor shares *place*'s governorate P-code (both None counts as shared)."""
        for k, other in self._by_pcode.get(place.admin1_pcode, ()):
            if k != key and other.id != place_id:
                return True
        return False

    def count_around(self, place: Place, km: float, key: str) -> int:
        """How many anchors not named *key* (and not *place*) share *place*'s governorate or
        lie at most *km* from it: those of its governorate, then the others near it (read from
        the grid, with the latitude pre-test of :meth:`within`)."""
        lat, lon, pcode = place.lat, place.lon, place.admin1_pcode
        n = 0
        for k, other in self._by_pcode.get(pcode, ()):
            if k != key and other.id != place.id:
                n += 1
        reach = math.degrees((km + _MARGIN_KM) / EARTH_RADIUS_KM)
        for group in self._groups_near(place, km):
            for k, other in group:
                if (
                    k != key
                    and other.id != place.id
                    and other.admin1_pcode != pcode
                    and abs(other.lat - lat) <= reach
                    and distance_km(lat, lon, other.lat, other.lon) <= km
                ):
                    n += 1
        return n

    def count_in_district(self, place: Place, key: str) -> int:
        """How many anchors not named *key* (and not *place*) share *place*'s district
        (admin2 P-code): "Zafaraneh" beside Rastan and Talbiseh is their district's."""
        pcode = place.admin2_pcode
        if pcode is None:
            return 0
        if self._by_district is None:  # built when first needed, as the grid is
            self._by_district = {}
            for k, other in self._all:
                self._by_district.setdefault(other.admin2_pcode, []).append((k, other))
        return sum(
            1 for k, other in self._by_district.get(pcode, ()) if k != key and other.id != place.id
        )

    def nearest_km(self, place: Place, key: str, cap: float = math.inf) -> float:
        """The distance from *place* to the nearest anchor not named *key* (and not *place*)
        whose point is a place, not a governorate's or the country's label; inf if none. With
        *cap*: the same when it is at most *cap* km, else *cap* or more (only the anchors the
        grid holds within *cap* are measured, with the latitude pre-test of :meth:`within`)."""
        lat, lon = place.lat, place.lon
        reach = math.degrees((cap + _MARGIN_KM) / EARTH_RADIUS_KM)
        nearest = math.inf
        for group in self._groups_near(place, cap):
            for k, other in group:
                if (
                    k != key
                    and other.id != place.id
                    and other.kind not in AREAS
                    and abs(other.lat - lat) <= reach
                ):
                    nearest = min(nearest, distance_km(lat, lon, other.lat, other.lon))
        return nearest

    def count_others(self, key: str) -> int:
        """How many anchors are not named *key*."""
        return len(self._all) - self._per_key.get(key, 0)

    def within(
        self, place: Place, km: float, key: str, place_id: str | None = None, areas: bool = True
    ) -> bool:
        """Another anchor lies at most *km* from *place* (great-circle distance).

        An anchor whose latitude alone is farther than *km* (plus a metre, for rounding) is
        never that near: a great circle is at least as long as its north-south part, so the
        distance is computed only for the others."""
        lat, lon = place.lat, place.lon
        reach = math.degrees((km + _MARGIN_KM) / EARTH_RADIUS_KM)
        for group in self._groups_near(place, km):
            for k, other in group:  # the anchors not named *key* and not the place *place_id*
                if k == key or other.id == place_id or abs(other.lat - lat) > reach:
                    continue
                if not areas and other.kind in AREAS and other.admin1_pcode in self._placed:
                    continue
                if distance_km(lat, lon, other.lat, other.lon) <= km:
                    return True
        return False

    def count_within(self, place: Place, km: float, key: str) -> int:
        """How many anchors not named *key* lie at most *km* from *place*."""
        lat, lon = place.lat, place.lon
        n = 0
        for group in self._groups_near(place, km):
            for k, other in group:
                if (
                    k != key
                    and other.id != place.id
                    and distance_km(lat, lon, other.lat, other.lon) <= km
                ):
                    n += 1
        return n

    def _groups_near(self, place: Place, km: float) -> list[list[_Anchor]]:
        """Groups of anchors holding all those within *km* of *place* (and maybe others)."""
        cells = None if len(self._all) <= SCAN_ALL else _cells_around(place.lat, place.lon, km)
        if cells is None:
            return [self._all]
        if self._cells is None:
            self._cells = {}
            for key, other in self._all:
                self._cells.setdefault(_cell(other.lat, other.lon), []).append((key, other))
        return [self._cells[c] for c in cells if c in self._cells]


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / CELL_DEG), math.floor(lon / CELL_DEG)


def _cells_around(lat: float, lon: float, km: float) -> list[tuple[int, int]] | None:
    """Every grid cell holding a point within *km* of (lat, lon); None: look everywhere.

    From the haversine formula, hav(d/R) = hav(Δφ) + cos φ1 cos φ2 hav(Δλ): a point within d has
    |Δφ| ≤ d/R and hav(Δλ) ≤ hav(d/R) / (cos φ1 cos φ2), with φ2 inside the latitude band.
    """
    reach = km / EARTH_RADIUS_KM
    dlat = math.degrees(reach) + 1e-6  # a hair wider: rounding never drops a point on the edge
    worst = max(abs(lat - dlat), abs(lat + dlat))
    if worst >= 89.0:
        return None  # near a pole every longitude is close
    hav = math.sin(reach / 2) ** 2 / (math.cos(math.radians(lat)) * math.cos(math.radians(worst)))
    if hav >= 1.0:
        return None
    dlon = math.degrees(2 * math.asin(math.sqrt(hav))) + 1e-6
    if lon - dlon < -180.0 or lon + dlon > 180.0:
        return None  # across the antimeridian: not worth a special case
    (lat0, lon0), (lat1, lon1) = _cell(lat - dlat, lon - dlon), _cell(lat + dlat, lon + dlon)
    return [(i, j) for i in range(lat0, lat1 + 1) for j in range(lon0, lon1 + 1)]


def distance(a: Place, b: Place) -> float:
    """Great-circle distance in km between two places."""
    return distance_km(a.lat, a.lon, b.lat, b.lon)
