"""Administrative hierarchy between the places one article names.

Damascus is Syria's one city-governorate: the Damascus governorate (SY01) is the capital alone,
and the governorate around it, Rural Damascus (SY03, Rif Dimashq), is what news call "the
province of Damascus" ("provinsi Damaskus") when they speak of the towns around the city. So a
governorate reading of "Damaskus" is Rural Damascus when the article's other places around the
capital lie in Rural Damascus and none but the capital itself lies in the Damascus governorate;
and "pedesaan Damaskus" (the Damascus countryside, Rif Dimashq) is always Rural Damascus.
"""

from __future__ import annotations

from dashboard.geo.parse.peers import SEATS, governorate_reading
from dashboard.model import Place

CITY_GOVERNORATE = "SY01"  # the Damascus governorate: the capital alone
AROUND_IT = "SY03"  # Rural Damascus, the governorate around it
RURAL = "rural"  # the kind "pedesaan Damaskus" reads: the governorate around the capital
_POINT_KINDS = frozenset({"populated_place", "other", "region"})


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


def countryside_kind(places: list[Place]) -> str:
    """The kind "pedesaan X" or "gurun X" reads (*places*: X's readings, best first): the
    governorate when X names one or its seat ("pedesaan Homs", the Rif), the governorate around
    the capital for the capital ("pedesaan Damaskus" is Rif Dimashq, literally "the Damascus
    countryside", not the city-governorate), else the town X itself ("pedesaan Tal Abyad":
    around the town, within the scoring's reach)."""
    if places[0].feature_code in SEATS or governorate_reading(places):
        return RURAL if places[0].admin1_pcode == CITY_GOVERNORATE else "admin1"
    return "town"
