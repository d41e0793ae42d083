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
import re
from collections.abc import Sequence

from dashboard.geo.gazetteer import distance_km
from dashboard.geo.parse.resolve import Located
from dashboard.geo.parse.tokens import Tokens
from dashboard.geo.parse.toponyms import COMPASS, COMPASS_PAIRS, Match, ToponymIndex
from dashboard.model import Place, new_mention

REACH_KM = 80.0  # "east of Hama" names a place within about a district's reach of Hama
MAX_ANGLE = 67.5  # degrees off the stated direction a place may lie and still be "that way"
#: A direction as a unit vector (east, north).
_VECTORS = {
    "north": (0.0, 1.0),
    "south": (0.0, -1.0),
    "east": (1.0, 0.0),
    "west": (-1.0, 0.0),
    "northeast": (math.sqrt(0.5), math.sqrt(0.5)),
    "northwest": (-math.sqrt(0.5), math.sqrt(0.5)),
    "southeast": (math.sqrt(0.5), -math.sqrt(0.5)),
    "southwest": (-math.sqrt(0.5), -math.sqrt(0.5)),
}
_DIRECTIONS = {w: d for w, d in COMPASS.items() if d in _VECTORS}
_DIRECTIONS.update((f"{a} {b}", d) for (a, b), d in COMPASS_PAIRS.items())
_FORMS = "|".join(re.escape(w) for w in sorted(_DIRECTIONS, key=len, reverse=True))
#: From the end of a name to the reference place's name.
_TOWARDS = re.compile(
    r"(?:\s*,\s*(?:di\s+)?(?:sebelah\s+)?|\s+di\s+(?:sebelah\s+)?|\s+sebelah\s+)"
    rf"(?P<way>{_FORMS})\s+(?:(?:kota|desa|provinsi|kabupaten|ibu\s+kota)\s+)?",
    re.IGNORECASE,
)
_TOWNS = frozenset({"populated_place", "other"})
_WORDS = frozenset(f for w in COMPASS if w in _DIRECTIONS for f in (w, w.capitalize()))


def by_direction(
    index: ToponymIndex, tokens: Tokens, matches: Sequence[Match], located: list[Located]
) -> list[Located]:
    """*located* with each namesake placed by a stated direction moved to the fitting one."""
    if _WORDS.isdisjoint(tokens.words):
        return located  # the common case: no compass word in the text
    text = tokens.text
    entries = {m.start: m.entry for m in matches}
    moved: dict[str, Place] = {}
    for item, ref in zip(located, located[1:], strict=False):
        way = _TOWARDS.fullmatch(text, item.mention.end, ref.mention.start)
        entry = entries.get(item.mention.start)
        if way is None or entry is None or not ref.place.in_syria or item.place.id in moved:
            continue
        vector = _VECTORS[_DIRECTIONS[" ".join(way["way"].lower().split())]]
        better = _fitting(index.places(entry), item.place, ref.place, vector)
        if better is not None:
            moved[item.place.id] = better
    if not moved:
        return located
    return [
        _moved(item, moved[item.place.id]) if item.place.id in moved else item for item in located
    ]


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
