"""A namesake chosen by the direction the sentence gives: "desa X, sebelah timur kota Hama".

Many Syrian villages share a name; when the text places one in a direction from another place
it names ("X, sebelah timur kota Hama", "X di barat laut Aleppo", "X, utara Idlib"), the
reading of X is the namesake that lies that way from the reference, within :data:`REACH_KM`.
The reading already chosen is kept when it fits; else the fitting namesake nearest to the
reference takes its place (every mention of that reading moves, as the resolver decides a name
once an article). A comma, "di" or "sebelah" must stand before the compass word: "X timur" right
after a name is that name's own part ("Qalamoun timur", :mod:`dashboard.geo.parse.cues`)."""

from __future__ import annotations

import math
import operator
import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Final

from dashboard.geo.gazetteer import distance_km
from dashboard.geo.parse.resolve import Located
from dashboard.geo.parse.tokens import Tokens
from dashboard.geo.parse.toponyms import COMPASS, COMPASS_PAIRS, Entry, Match, ToponymIndex
from dashboard.geo.parse.values import new_mention
from dashboard.model import Place

REACH_KM: Final = 80.0  # "east of Hama" names a place within about a district's reach of Hama
MAX_ANGLE: Final = 67.5  # degrees off the stated direction a place may lie and still be "that way"
#: A direction as a unit vector (east, north).
_VECTORS: Final = {
    "north": (0.0, 1.0),
    "south": (0.0, -1.0),
    "east": (1.0, 0.0),
    "west": (-1.0, 0.0),
    "northeast": (math.sqrt(0.5), math.sqrt(0.5)),
    "northwest": (-math.sqrt(0.5), math.sqrt(0.5)),
    "southeast": (math.sqrt(0.5), -math.sqrt(0.5)),
    "southwest": (-math.sqrt(0.5), -math.sqrt(0.5)),
}
_DIRECTIONS: Final = {w: d for w, d in COMPASS.items() if d in _VECTORS}
_DIRECTIONS.update((f"{a} {b}", d) for (a, b), d in COMPASS_PAIRS.items())
_FORMS: Final = "|".join(re.escape(w) for w in sorted(_DIRECTIONS, key=len, reverse=True))
#: From the end of a name to the reference place's name.
_TOWARDS: Final = re.compile(
    r"(?:\s*,\s*(?:di\s+)?(?:sebelah\s+)?|\s+di\s+(?:sebelah\s+)?|\s+sebelah\s+)"
    rf"(?P<way>{_FORMS})\s+(?:(?:kota|desa|provinsi|kabupaten|ibu\s+kota)\s+)?",
    re.IGNORECASE,
)
_TOWNS: Final = frozenset({"populated_place", "other"})
_END: Final = operator.attrgetter("mention.end")
_WORDS: Final = frozenset(f for w in COMPASS if w in _DIRECTIONS for f in (w, w.capitalize()))


def by_direction(
    index: ToponymIndex, tokens: Tokens, matches: Sequence[Match], located: list[Located]
) -> list[Located]:
    """*located* with each namesake placed by a stated direction moved to the fitting one."""
    if _WORDS.isdisjoint(tokens.words):
        return located  # the common case: no compass word in the text
    text = tokens.text
    entries: dict[int, Entry] | None = None
    moved: dict[str, Place] = {}
    for at in _where(text, _WORDS.intersection(tokens.words)):
        n = bisect_right(located, at, key=_END) - 1  # the last name that ends before the word
        if n < 0 or n + 1 >= len(located):
            continue
        item, ref = located[n], located[n + 1]
        way = _TOWARDS.fullmatch(text, item.mention.end, ref.mention.start)
        if way is None or not ref.place.in_syria or item.place.id in moved:
            continue
        entries = entries or {m.start: m.entry for m in matches}
        entry = entries.get(item.mention.start)
        vector = _VECTORS[_DIRECTIONS[" ".join(way["way"].lower().split())]]
        better = entry and _fitting(index.places(entry), item.place, ref.place, vector)
        if better:
            moved[item.place.id] = better
    if not moved:
        return located
    return [
        _moved(item, moved[item.place.id]) if item.place.id in moved else item for item in located
    ]


def _where(text: str, words: frozenset[str]) -> list[int]:
    """Where each of *words* starts in *text* as a whole word (str.find: a scan in C; a
    per-word test over the text's words costs ten times more)."""
    found = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if not (at and text[at - 1].isalnum()) and not text[end : end + 1].isalnum():
                found.append(at)
            at = text.find(word, end)
    return found


def _fitting(
    options: Sequence[Place], chosen: Place, ref: Place, vector: tuple[float, float]
) -> Place | None:
    """The namesake to read instead of *chosen* (None: keep it), lying *vector*-wards of *ref*."""
    if chosen.kind not in _TOWNS or not chosen.in_syria or chosen.id == ref.id:
        return None
    fits = [
        (distance_km(ref.lat, ref.lon, p.lat, p.lon), p)
        for p in options
        if p.kind in _TOWNS and p.in_syria and p.id != ref.id and _lies(p, ref, vector)
    ]
    fits = [(km, p) for km, p in fits if km <= REACH_KM]
    if not fits or any(p.id == chosen.id for _, p in fits):
        return None
    return min(fits, key=lambda fit: fit[0])[1]


def _lies(place: Place, ref: Place, vector: tuple[float, float]) -> bool:
    """*place* lies within :data:`MAX_ANGLE` of *vector* as seen from *ref*."""
    east = (place.lon - ref.lon) * math.cos(math.radians(ref.lat))
    north = place.lat - ref.lat
    length = math.hypot(east, north)
    if length == 0:
        return False
    cosine = (east * vector[0] + north * vector[1]) / length
    return cosine >= math.cos(math.radians(MAX_ANGLE))


def _moved(item: Located, place: Place) -> Located:
    m = item.mention
    mention = new_mention(
        m.start, m.end, m.surface, place.id, m.confidence, m.qualifier, m.evidence
    )
    return Located(mention, place)
