"""A quarter or square named with a quarter word right beside its city is a place in that city.

"distrik Mazraa, Damaskus", "alun-alun Karamah di kota Suwayda", "kawasan Salihin di Aleppo": a
quarter word (cues.tsv role ``quarter``) before a capitalised name, and right after the name the
city it belongs to (a comma, "di", "di kota" or "kota", then a major town the article names).
When the name was read as a place far from that city (a namesake village elsewhere: Al Mazra'ah
in as-Suwayda), or as no place at all (no table has the quarter), it is read as a place inside
the city: the city's point and governorate, kind ``other``, feature type ``quarter``, a lower
confidence, the name as written. A reading near the city (a quarter or suburb a table has) is
kept. Pure functions of the tokens, the matches and the resolved mentions."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import compress, count
from typing import Final

from dashboard.geo import lexicon
from dashboard.geo.gazetteer import distance_km
from dashboard.geo.parse.abroad import ORIGINS, word_before
from dashboard.geo.parse.hierarchy import AROUND_IT, CITY_GOVERNORATE
from dashboard.geo.parse.resolve import Located
from dashboard.geo.parse.scoring import MAJOR, prior
from dashboard.geo.parse.sentences import same_sentence
from dashboard.geo.parse.tokens import Tokens
from dashboard.geo.parse.toponyms import COMPASS, Match
from dashboard.model import Mention, Place

QUARTER_WORDS: Final = lexicon.cue_words("quarter")
_QUARTER_FORMS: Final = frozenset(f for w in QUARTER_WORDS for f in (w, w.capitalize()))
IN_CITY_KM: Final = 15.0  # a reading this near the city is the quarter (or suburb) itself: kept
SAME_GOVERNORATE_KM: Final = (
    100.0  # … a reading this near in the city's governorate may be meant too
)
CONFIDENCE: Final = 0.6  # of a place read into its city: above the threshold, below a listed name
MAX_WORDS: Final = 3  # "Bab al-Hadid", "Sheikh Maqsoud": up to three name words
EVIDENCE: Final = "in-city"
#: What stands between the quarter's name and its city: ", Damaskus", "di (kota) Homs", "di
#: pusat ibu kota Damaskus" (a comma or such words, at least one of them).
_ATTACHED: Final = re.compile(
    r"\s*(?:,\s*)?(?:(?:di|kota|ibu|ibukota|pusat|jantung)\s+)*", re.IGNORECASE
)
_JOIN: Final = re.compile(r"[ \t]*-?[ \t]*")  # between two words of one name
_BLOCKED: Final = lexicon.stopwords() | frozenset(COMPASS)
_GIVEN_NAMES: Final = lexicon.given_names()
#: A city named as where a move starts or ends is no quarter's city: "Dari Damaskus … ke X".
_MOTION: Final = frozenset(
    f"context:{w}" for w in "dari ke menuju meninggalkan melalui lewat hingga mencapai".split()
)


def in_cities(tokens: Tokens, matches: Sequence[Match], located: list[Located]) -> list[Located]:
    """*located* with each quarter named beside its city read as a place in that city."""
    if _QUARTER_FORMS.isdisjoint(tokens.words):
        return located  # the common case: no quarter word in the text
    raws, between = tokens.raws, tokens.between
    cues = [  # the words are scanned in C; few are quarter words
        i
        for i in compress(count(), map(_QUARTER_FORMS.__contains__, raws[:-1]))
        if raws[i + 1][:1].isupper() and not between[i].strip(" \t")
    ]
    if not cues:
        return located  # no capitalised name right after a quarter word
    cities = [
        (item.mention.start, place)
        for item in located
        if (place := item.place).kind == "populated_place" and place.in_syria and _major(place)
    ]
    if not cities:
        return located
    at = {item.mention.start: item for item in located}
    moved: dict[str, Place] = {}  # a far reading's id → the place in the city
    added: list[Located] = []
    for cue in cues:
        found = _named_beside(tokens, cue, cities, located)
        if found is None:
            continue
        first, last, city = found
        start, end = tokens.starts[first], tokens.ends[last]
        item = at.get(start)
        if item is not None:
            if item.mention.end == end and _far(item.place, city):
                moved[item.place.id] = in_city(item.mention.surface, city)
        elif not _taken(matches, located, start, end) and _name(tokens, first, last):
            surface = tokens.text[start:end]
            place = in_city(surface, city)
            evidence = (f"context:{raws[cue].lower()}", EVIDENCE)
            mention = Mention(start, end, surface, place.id, CONFIDENCE, None, evidence)
            added.append(Located(mention, place))
    if not moved and not added:
        return located
    out = [
        _moved(item, moved[item.place.id]) if item.place.id in moved else item for item in located
    ]
    return sorted(out + added, key=lambda item: item.mention.start)


def drop_lone(text: str, located: list[Located]) -> list[Located]:
    """*located* without a table's city quarter read where the article is not. A quarter is named
    as a part of its city, so in an article whose other Syrian places all lie elsewhere (none
    within :data:`IN_CITY_KM` of it: its city, a suburb, another quarter, a region's radius
    added; none its governorate) the name is a namesake: a town or village elsewhere, or a
    foreign one ("kota al-Maouzrah" in Idlib, "Hawik, kota Libanon"), and the reading is dropped.
    A quarter named with no other Syrian place is kept: nothing says where else it could be; so is
    one named after a word of origin (cues.tsv ``origin``: "bus dari Qadam menuju Idlib", "warga
    Jobar di Idlib": where a move starts, or where people come from, lies away from the rest).
    Quarters read into a city beside it (:func:`in_city`) stand by their city."""
    quarters = {item.place.id: item for item in located if _table_quarter(item.place)}
    if not quarters:
        return located  # the common case
    origin = {
        item.place.id
        for item in located
        if item.place.id in quarters and word_before(text, item.mention.start) in ORIGINS
    }
    dropped = {  # each quarter's place judged once, however often it is named
        place_id
        for place_id, item in quarters.items()
        if place_id not in origin and not _amid(item.place, located)
    }
    if not dropped:
        return located
    return [item for item in located if item.place.id not in dropped]


def _table_quarter(place: Place) -> bool:
    return place.feature_code == "quarter" and place.in_syria and not place.id.startswith("in:")


def _amid(quarter: Place, located: list[Located]) -> bool:
    """No other Syrian place below the country in the article, or one in or beside *quarter*'s
    city, or its governorate."""
    codes = {quarter.admin1_pcode, _governorate(quarter)}
    others = [
        place
        for item in located
        if (place := item.place).id != quarter.id and place.in_syria and place.kind != "country"
    ]
    for place in others:
        if place.kind == "admin1":
            if place.admin1_pcode in codes:
                return True
            continue
        reach = IN_CITY_KM + (place.radius_km or 0.0)
        if distance_km(place.lat, place.lon, quarter.lat, quarter.lon) <= reach:
            return True
    return not others


def in_city(surface: str, city: Place) -> Place:
    """A quarter no table has, at its city's point: "Mazraa" in Damascus."""
    key = "-".join(re.findall(r"[a-z0-9]+", surface.lower())) or "quarter"
    return Place(
        id=f"in:{city.id}:{key}",
        name=f"{surface} ({city.name})",
        kind="other",
        lat=city.lat,
        lon=city.lon,
        in_syria=True,
        admin1=city.admin1,
        admin1_pcode=city.admin1_pcode,
        admin2=city.admin2,
        admin2_pcode=city.admin2_pcode,
        feature_code="quarter",
        names=(surface,),
    )


def _city(place: Place) -> bool:
    """A Syrian town large enough to have named quarters (a seat or over 50,000 people)."""
    return place.in_syria and place.kind == "populated_place" and _major(place)


def _major(place: Place) -> bool:
    return prior(place) >= MAJOR


def _far(place: Place, city: Place) -> bool:
    """A reading of the quarter's name that cannot be a part of *city*: a Syrian town or point
    farther than :data:`IN_CITY_KM`, in another governorate or over :data:`SAME_GOVERNORATE_KM`
    away (the city's name may stand for its governorate: "distrik al-Suqaylabiyah, Hama" is a
    district of Hama governorate; a governorate, region or foreign place is left alone)."""
    if not place.in_syria or place.kind not in ("populated_place", "other") or place == city:
        return False
    km = distance_km(place.lat, place.lon, city.lat, city.lon)
    if km <= IN_CITY_KM:
        return False
    return _governorate(place) != _governorate(city) or km > SAME_GOVERNORATE_KM


def _governorate(place: Place) -> str | None:
    """The governorate a city's name may stand for: Damascus's is Rural Damascus around it."""
    code = place.admin1_pcode
    return AROUND_IT if code == CITY_GOVERNORATE else code


def _named_beside(
    tokens: Tokens, cue: int, cities: list[tuple[int, Place]], located: list[Located]
) -> tuple[int, int, Place] | None:
    """(first word, last word, city) of a name after the quarter word *cue* that a city follows,
    else that its sentence names beside no other Syrian place ("Warga Sweida berdemonstrasi di
    Lapangan Karama")."""
    raws, text, first = tokens.raws, tokens.text, cue + 1
    if first >= len(raws) or tokens.between[cue].strip(" \t-") or not raws[first][:1].isupper():
        return None
    last = first
    for last in range(first, min(first + MAX_WORDS, len(raws))):
        if last > first and not (
            raws[last][:1].isupper() and _JOIN.fullmatch(tokens.between[last - 1])
        ):
            last -= 1
            break
        end = tokens.ends[last]
        n = bisect_right(cities, end, key=_start)
        if n < len(cities) and text[end : cities[n][0]].strip():
            if _ATTACHED.fullmatch(text, end, cities[n][0]):
                return first, last, cities[n][1]
    nxt = last + 1
    if nxt < len(raws) and raws[nxt][:1].isupper() and _JOIN.fullmatch(tokens.between[last]):
        return None  # a longer name than this rule reads
    start, end = tokens.starts[first], tokens.ends[last]
    if _overlaps(located, start, end):
        return None  # a place read there stays unless its city stands right beside it
    city = _sentence_city(text, start, end, located)
    return None if city is None else (first, last, city)


def _sentence_city(text: str, start: int, end: int, located: list[Located]) -> Place | None:
    """The one city of the sentence around text[start:end] when it names no other Syrian place
    below the country (the quarter's own reading left out)."""
    placed = [(item.mention.start, item) for item in located]
    peers = same_sentence(text, start, end, placed, [at for at, _ in placed])
    syrian = {item.place.id: item for item in peers if item.place.mappable}
    if len(syrian) != 1:
        return None
    (item,) = syrian.values()
    if not _city(item.place) or _MOTION.intersection(item.mention.evidence):
        return None  # "Dari Damaskus … ke kawasan X": the city is where they came from
    return item.place


def _start(city: tuple[int, Place]) -> int:
    return city[0]


def _taken(matches: Sequence[Match], located: list[Located], start: int, end: int) -> bool:
    """Some part of start..end is another accepted mention, or a not-a-place phrase."""
    return _overlaps(located, start, end) or any(
        m.entry.blocker and m.start < end and start < m.end for m in matches
    )


def _overlaps(located: list[Located], start: int, end: int) -> bool:
    """An accepted mention overlaps start..end (*located*: in text order, none overlapping)."""
    n = bisect_left(located, end, key=_mention_start)
    return n > 0 and located[n - 1].mention.end > start


def _mention_start(item: Located) -> int:
    return item.mention.start


def _name(tokens: Tokens, first: int, last: int) -> bool:
    """Words first..last look like a quarter's name: capitalised, none a stopword or a compass
    word or written in lower case elsewhere in the text, not all Indonesian root words ("kawasan
    Industri", "Kota Tua"; "Saba Bahrat", "Pasar Hamidiyah" are names), one word no given name."""
    roots = lexicon.root_words()
    indonesian = 0
    for i in range(first, last + 1):
        raw = tokens.raws[i]
        low = raw.lower()
        if not raw[:1].isupper() or raw.isupper() or low in _BLOCKED or low in tokens.words:
            return False
        if not raw.replace("'", "").isalpha():
            return False
        indonesian += low in roots
    if indonesian > last - first:
        return False
    return first < last or tokens.raws[first].lower() not in _GIVEN_NAMES  # "kawasan Ahmad"


def _moved(item: Located, place: Place) -> Located:
    m = item.mention
    confidence = min(m.confidence, CONFIDENCE)
    mention = Mention(
        m.start, m.end, m.surface, place.id, confidence, m.qualifier, (*m.evidence, EVIDENCE)
    )
    return Located(mention, place)
