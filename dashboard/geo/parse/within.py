"""A name placed inside another by "di": "kota al-Mazraa di Sweida", "desa X di provinsi Idlib".

Many Syrian names are shared by villages and city quarters in several governorates, and the
article's other places can pull a name towards the wrong one (a Damascus quarter in a story
that names Damascus elsewhere). "X di Y" says X lies in Y: when Y is a governorate, its seat or
a district's seat, X's reading is the namesake in Y's governorate nearest to Y (within
:data:`NEAR_KM` of a town Y). If X has no reading there and the one chosen, a village or a city
quarter, lies outside a governorate Y (whatever its distance from the governorate's point:
"desa Kharsa di provinsi Daraa" is no Sweida village), or farther than :data:`NEAR_KM` from a town
Y and outside the governorate a seat Y is named for, the text contradicts it and the mention is
dropped, unless X is itself a seat or a word of origin stands before it ("warga Zabadani di
Idlib": its people, now in Idlib; cues.tsv role ``origin``). "di" (optionally with a type word:
"di kota", "di provinsi", or "di sekitar", around a town) joins them, and so does
a comma with a governorate's type word ("kota X, provinsi Idlib": an address); a bare comma
also opens lists ("Ofaniya, Quneitra, Al-Hamidiyah"), so it joins nothing. A list of small
places before "di Y" or ", provinsi Y" ("kota X dan Y di pedesaan Latakia") is placed in Y
item by item; the list stops at a seat, a major town or a governorate ("Hama dan X di Idlib":
Hama stays)."""

from __future__ import annotations

import operator
import re
from collections.abc import Sequence
from itertools import compress, count
from typing import Final

from dashboard.geo.gazetteer import distance_km
from dashboard.geo.parse.abroad import ORIGINS, word_before
from dashboard.geo.parse.hierarchy import AROUND_IT, CITY_GOVERNORATE
from dashboard.geo.parse.peers import SEATS
from dashboard.geo.parse.quarters import IN_CITY_KM
from dashboard.geo.parse.resolve import Located
from dashboard.geo.parse.scoring import MAJOR, prior
from dashboard.geo.parse.toponyms import Match, ToponymIndex
from dashboard.geo.parse.values import new_mention
from dashboard.model import Place

NEAR_KM: Final = 60.0  # a town's own surroundings, as far as "X di Y" reaches
_MAX_GAP: Final = 30  # characters between the two names: " di pedesaan provinsi " is shorter
_CONTAINERS: Final = SEATS | {"PPLA2"}  # towns that name an area: governorate and district seats
_TOWNS: Final = frozenset({"populated_place", "other"})
_IN: Final = re.compile(
    r"\s+di\s+(?:(?:kota|provinsi|propinsi|kabupaten|distrik|wilayah|daerah|pedesaan|sekitar)\s+)?",
    re.IGNORECASE,
)
_AROUND: Final = re.compile(r"\bsekitar\b", re.IGNORECASE)  # "di sekitar Y": around the town Y
# a comma and a governorate's type word: "kota X, provinsi Idlib" is an address, not a list
_ADDRESS: Final = re.compile(r"\s*,\s*(?:provinsi|propinsi|pedesaan)\s+", re.IGNORECASE)
# what joins a list's items: "X, Y dan Z", "X serta Y", "X, dan Y"
_LISTED: Final = re.compile(r"\s*,\s*(?:(?:dan|serta)\s+)?|\s+(?:dan|serta)\s+", re.IGNORECASE)
_START: Final = operator.attrgetter("mention.start")
_END: Final = operator.attrgetter("mention.end")


def placed_within(
    index: ToponymIndex, text: str, matches: Sequence[Match], located: list[Located]
) -> list[Located]:
    """*located* with each name that "di" places inside a governorate or town read there."""
    gaps = map(operator.sub, map(_START, located[1:]), map(_END, located))
    close = list(compress(count(), map(_MAX_GAP.__ge__, gaps)))
    if not close:
        return located
    moved: dict[str, Place | None] = {}  # a reading's id → its namesake inside (None: dropped)
    areas: dict[int, Place] = {}  # a seat's mention "di" after a place outside the city → its area
    entries = None
    for n in close:
        item, container = located[n], located[n + 1]
        if item.place.id in moved or not _container(container.place):
            continue
        address = not _IN.fullmatch(text, item.mention.end, container.mention.start)
        if address and not (
            _small(item.place)  # "Hama, provinsi Idlib": a list of areas, no address
            and _ADDRESS.fullmatch(text, item.mention.end, container.mention.start)
        ):
            continue
        items = _listed(text, located, n)
        if word_before(text, items[-1].mention.start) in ORIGINS:
            continue  # "warga Zabadani di Idlib": where its people are now
        # "X di sekitar Aleppo" is around the city: only a plain "di" names its governorate
        around = _AROUND.search(text, item.mention.end, container.mention.start) is not None
        area = None if address or around else _area_of_seat(index, item.place, container.place)
        if area is not None:
            areas[n + 1] = area
        entries = entries or {m.start: m.entry for m in matches}
        for one in items:
            entry = entries.get(one.mention.start)
            if one.place.id in moved or entry is None:
                continue
            if one.place.kind not in _TOWNS or not one.place.in_syria:
                continue
            inside = _inside(index.places(entry), one.place, container.place)
            if inside is not one.place:
                moved[one.place.id] = inside
    if areas:
        located = [_moved(item, areas[n]) if n in areas else item for n, item in enumerate(located)]
    if not moved:
        return located
    return [
        _moved(item, moved[item.place.id]) if item.place.id in moved else item
        for item in located
        if moved.get(item.place.id, item.place) is not None
    ]


def _listed(text: str, located: list[Located], n: int) -> list[Located]:
    """located[n] and the small places listed before it ("X, Y dan *n*"), nearest first: the
    list stops at a seat, a major town, a governorate or anything that is no list's joint."""
    items = [located[n]]
    k = n - 1
    while k >= 0 and _small(located[k].place) and _small(located[k + 1].place):
        if not _LISTED.fullmatch(text, located[k].mention.end, located[k + 1].mention.start):
            break
        items.append(located[k])
        k -= 1
    return items


def _small(place: Place) -> bool:
    """A Syrian village, town or site that names no area and is no major town."""
    return (
        place.in_syria
        and place.kind in _TOWNS
        and place.feature_code not in _CONTAINERS
        and prior(place) < MAJOR
    )


def _area_of_seat(index: ToponymIndex, inner: Place, seat: Place) -> Place | None:
    """The governorate a seat stands for after "X di": X, a Syrian town or site, lies in it but
    outside the city (beyond :data:`IN_CITY_KM`): "ladang gas Conoco di Deir ez-Zor", "desa Beit
    Jinn di Damaskus" (the capital: Rural Damascus around it); else None (the city)."""
    if seat.feature_code not in SEATS or not inner.in_syria or inner.kind not in _TOWNS:
        return None
    if distance_km(inner.lat, inner.lon, seat.lat, seat.lon) <= IN_CITY_KM:
        return None  # a quarter or suburb of the city: "Jaramana di Damaskus"
    code = AROUND_IT if seat.admin1_pcode == CITY_GOVERNORATE else seat.admin1_pcode
    return index.admin1.get(code) if code is not None and inner.admin1_pcode == code else None


def _container(place: Place) -> bool:
    return place.in_syria and (place.kind == "admin1" or place.feature_code in _CONTAINERS)


def _inside(options: Sequence[Place], chosen: Place, container: Place) -> Place | None:
    """The reading of a name "di *container*": *chosen* if it lies there, else the nearest
    namesake there, else None when *chosen* is a village or quarter far outside (else *chosen*)."""
    town = container.kind != "admin1"

    def there(p: Place) -> bool:
        if p.admin1_pcode != container.admin1_pcode:
            return False
        return not town or distance_km(p.lat, p.lon, container.lat, container.lon) <= NEAR_KM

    if there(chosen):
        return chosen
    fits = [p for p in options if p.kind in _TOWNS and p.in_syria and p.id != container.id]
    fits = [p for p in fits if there(p)]
    if fits:
        return min(fits, key=lambda p: distance_km(p.lat, p.lon, container.lat, container.lon))
    # a governorate's point is no town's: outside its borders is far, whatever the distance
    far = not town or distance_km(chosen.lat, chosen.lon, container.lat, container.lon) > NEAR_KM
    seat = chosen.feature_code in _CONTAINERS  # a town that names an area is no namesake
    # "di Homs" after a town of Homs governorate 85 km from the city names the governorate its
    # seat is named for ("kota Al-Qaryatayn di Homs"): the text places it there, no contradiction
    province = container.feature_code in SEATS and chosen.admin1_pcode == container.admin1_pcode
    return None if far and prior(chosen) < MAJOR and not seat and not province else chosen


def _moved(item: Located, place: Place | None) -> Located:
    assert place is not None  # dropped readings are filtered out before
    m = item.mention
    mention = new_mention(
        m.start, m.end, m.surface, place.id, m.confidence, m.qualifier, m.evidence
    )
    return Located(mention, place)
