"""Administrative hierarchy between the places one article names.

Damascus is Syria's one city-governorate: the Damascus governorate (SY01) is the capital alone,
and the governorate around it, Rural Damascus (SY03, Rif Dimashq), is what news call "the
province of Damascus" ("provinsi Damaskus") when they speak of the towns around the city. So a
governorate reading of "Damaskus" is Rural Damascus when the article's other places around the
capital lie in Rural Damascus and none but the capital itself lies in the Damascus governorate;
and "pedesaan Damaskus" (the Damascus countryside, Rif Dimashq) is always Rural Damascus.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from dashboard.geo import lexicon
from dashboard.geo.parse.peers import SEATS, governorate_reading
from dashboard.geo.parse.toponyms import COMPASS
from dashboard.model import Place

CITY_GOVERNORATE: Final = "SY01"  # the Damascus governorate: the capital alone
AROUND_IT: Final = "SY03"  # Rural Damascus, the governorate around it
RURAL: Final = "rural"  # the kind "pedesaan Damaskus" reads: the governorate around the capital
TOWN: Final = "town"  # the kind "kota X" reads (cues.tsv role type)
_POINT_KINDS: Final = frozenset({"populated_place", "other", "region"})
#: cues.tsv role area: words for an area ("wilayah") and for a part of one ("sebagian")
_AREA: Final = lexicon.cue_values("area")


def _area_words(value: str) -> str:
    """The area words of one value (cues.tsv role area), as a regex alternation."""
    return "|".join(sorted(w for w, v in _AREA.items() if v == value))


AREA_WORDS: Final = frozenset(w for w, v in _AREA.items() if v == "whole")
_PART_OF: Final = re.compile(rf"(?i:\b(?:{_area_words('part')})\s+(?:{_area_words('whole')})\s+)$")
_TOWNS_IN: Final = re.compile(
    rf"(?i:(?:\b(?:{_area_words('towns')})"
    rf"|\b(?:{_area_words('count')})\s+(?:{_area_words('counted')}))\s+di\s+)$"
)
#: a capitalised compass word after the name: a part named as a region ("Idlib Selatan", as
#: "Suriah Utara"); in lower case it may be a city's side ("Aleppo timur", the besieged east)
_COMPASS_AFTER: Final = re.compile(
    rf"\s+(?:{'|'.join(sorted((w.capitalize() for w in COMPASS), key=len, reverse=True))})\b"
)


def city_governorate_read_around(
    admin1: dict[str, Place], decided: dict[tuple[str, str | None], tuple[Place, int]]
) -> dict[tuple[str, str | None], tuple[Place, int]]:
    """*decided* (name and kind → place and coherence) with the Damascus governorate read as
    Rural Damascus where the article's other places say so; unchanged otherwise."""
    city_gov, around = admin1.get(CITY_GOVERNORATE), admin1.get(AROUND_IT)
    if city_gov is None or around is None:
        return decided
    places = [place for place, _ in decided.values()]
    if not any(p.id == city_gov.id for p in places):
        return decided
    points = [p for p in places if p.kind in _POINT_KINDS and p.in_syria]
    in_city = [p for p in points if p.admin1_pcode == CITY_GOVERNORATE and p.feature_code != "PPLC"]
    if in_city or not any(p.admin1_pcode == AROUND_IT for p in points):
        return decided
    return {
        reading: ((around, coherence) if place.id == city_gov.id else (place, coherence))
        for reading, (place, coherence) in decided.items()
    }


def seat_towns_spread(
    keys: Sequence[str], kinds: Sequence[str | None], names_both: Callable[[str], bool]
) -> list[str | None]:
    """*kinds* with the town reading spread to the bare mentions of a name that is both a
    governorate and its seat (*names_both*), when the article reads it as the town somewhere
    ("kota Daraa", "Daraa, sebuah kota") and never as the governorate: one city, not the city
    and its governorate. The reverse of "provinsi X" spreading to the bare X."""
    towns = {key for key, kind in zip(keys, kinds, strict=True) if kind == TOWN}
    if not towns:
        return list(kinds)
    towns -= {key for key, kind in zip(keys, kinds, strict=True) if kind == "admin1"}
    seats = {key for key in towns if names_both(key)}
    return [
        TOWN if kind is None and key in seats else kind
        for key, kind in zip(keys, kinds, strict=True)
    ]


def countryside_kind(places: list[Place]) -> str:
    """The kind "pedesaan X" or "gurun X" reads (*places*: X's readings, best first): the
    governorate when X names one or its seat ("pedesaan Homs", the Rif), the governorate around
    the capital for the capital ("pedesaan Damaskus" is Rif Dimashq, literally "the Damascus
    countryside", not the city-governorate), else the town X itself ("pedesaan Tal Abyad":
    around the town, within the scoring's reach)."""
    if places[0].feature_code in SEATS or governorate_reading(places):
        return RURAL if places[0].admin1_pcode == CITY_GOVERNORATE else "admin1"
    return "town"


def area_part_kind(places: Sequence[Place], text: str, start: int, end: int) -> str | None:
    """ "admin1" when the name at text[start:end], after an area word (cues.tsv role area), is
    read as a part of an area: "sebagian wilayah Homs" (part of), "wilayah Idlib Selatan",
    "daerah Hama Utara" (a capitalised compass word after the name: the governorate's south or
    north; "wilayah Aleppo timur" may be the city's east), and
    the name (*places*: its readings, best first) names a governorate or its seat, not the
    capital's; else None. "wilayah X" alone says nothing: it is said of towns as much."""
    if not _outside_capital_governorate(places):
        return None
    if _COMPASS_AFTER.match(text, end) or _PART_OF.search(text, max(0, start - 30), start):
        return "admin1"
    return None


def towns_in_kind(places: Sequence[Place], text: str, start: int) -> str | None:
    """ "admin1" when villages or towns, many or counted, lie "di" the name at *start* ("desa-desa
    di Idlib", "sebuah kota di Idlib", "daerah pedesaan di Homs"; cues.tsv role area, values
    towns and count) and the name (*places*: its readings, best first) names a governorate or
    its seat, not the capital's: towns lie in the governorate; else None."""
    if not _outside_capital_governorate(places):
        return None
    return "admin1" if _TOWNS_IN.search(text, max(0, start - 30), start) else None


def _outside_capital_governorate(places: Sequence[Place]) -> bool:
    """The name (*places*: its readings, best first) names a governorate or its seat, and not
    the capital's (Damascus stands alone in its governorate)."""
    return (
        bool(places)
        and places[0].admin1_pcode != CITY_GOVERNORATE
        and (places[0].feature_code in SEATS or governorate_reading(places))
    )
