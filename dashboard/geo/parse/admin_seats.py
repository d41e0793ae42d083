"""A subdistrict or district named bare is its seat, the town it is named after.

GeoNames lists each subdistrict (admin3, nahiya) and district (admin2) under the name of its seat,
at the centroid of its area: "Dhameer" (Nāḩiyat aḑ Ḑumayr) lies 45 km east of Ad Dumayr, the town
(PPLA3) the news means by "di kota al-Dhamir". The resolver already reads a bare name shared by a
town and its subdistrict as the town; this module serves the names only the area has, in a
spelling the town's row lacks ("al-Dhamir", "Mare'", "Bidama", "Ar-Ra'ee"): the seat is the town
of the same district (admin2 P-code), a seat by its GeoNames code, that bears one of the area's
names with the "Nahiyat" or "Subdistrict"/"District" word taken off. An area whose seat is not
found so keeps its own reading. A type word for the area ("kecamatan X", "distrik X") keeps the
area: only bare names and town readings come here. Pure functions of the gazetteer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from dashboard.geo.gazetteer import SEAT_RANK, Gazetteer, place_keys
from dashboard.model import Place

#: Kinds of an administrative area named after its seat (GeoNames ADM3 and ADM2 of Syria).
AREA_KINDS: Final = frozenset({"admin2", "admin3"})
#: The area words GeoNames puts around a seat's name, folded: "Nahiyat ad Damir", "Mare'
#: Subdistrict" (keys are the folded names, words joined).
_PREFIXES: Final = ("nahiyat", "mintakat")
_SUFFIXES: Final = ("subdistrict", "district")


def seats(gazetteer: Gazetteer, areas: Sequence[Place]) -> list[Place]:
    """The seat of each area of *areas* that has one (:func:`seat_of`), each once, in order."""
    found: dict[str, Place] = {}
    for area in areas:
        seat = seat_of(gazetteer, area)
        if seat is not None:
            found.setdefault(seat.id, seat)
    return list(found.values())


def seat_of(gazetteer: Gazetteer, area: Place) -> Place | None:
    """The town *area* (a subdistrict or district) is named after: a seat of the same district
    bearing one of its names; None if it is no such area or no such town is found."""
    if area.kind not in AREA_KINDS or area.admin2_pcode is None:
        return None
    index = gazetteer.keys()
    for key in _bare_keys(area):
        for place_id in index.get(key, ()):
            town = gazetteer.places[place_id]
            if (
                town.kind == "populated_place"
                and town.feature_code in SEAT_RANK  # a seat: PPLC, PPLA, PPLA2, PPLA3
                and town.admin2_pcode == area.admin2_pcode
            ):
                return town
    return None


def _bare_keys(area: Place) -> list[str]:
    """The area's folded names without the area words, each once, in the order of its keys."""
    keys: dict[str, None] = {}
    for key in place_keys(area):
        for prefix in _PREFIXES:
            if key.startswith(prefix) and len(key) > len(prefix):
                key = key[len(prefix) :]
        for suffix in _SUFFIXES:
            if key.endswith(suffix) and len(key) > len(suffix):
                key = key[: -len(suffix)]
        keys[key] = None
    return list(keys)
