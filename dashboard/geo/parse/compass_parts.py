"""A region's compass parts the text names around one mention: "Ghouta timur dan barat" names
Eastern and Western Ghouta, "bagian barat Ghouta" the western part.

The resolver reads one compass word right after a region's name as its part ("Qalamoun timur",
``resolve._compass_part``). A second compass word joined to the first ("timur dan barat") names
the region's other part too, and "bagian" with a compass word before a whole region's name
names that part of it. Only regions the gazetteer parts by compass (``ToponymIndex.parts``) are
read so; a compass word after a town or a governorate is left to the other rules. Pure functions
of the text and the places found."""

from __future__ import annotations

import re
from typing import Final

from dashboard.geo.parse.resolve import Located
from dashboard.geo.parse.toponyms import COMPASS, COMPASS_PAIRS, ToponymIndex
from dashboard.geo.parse.values import new_mention

#: Every compass word and pair as written, with its direction ("barat laut" → "northwest").
_DIRECTIONS: Final = dict(COMPASS)
_DIRECTIONS.update((f"{a} {b}", d) for (a, b), d in COMPASS_PAIRS.items())
_FORMS: Final = "|".join(re.escape(w) for w in sorted(_DIRECTIONS, key=len, reverse=True))
#: After a part's mention (its own compass word in it or right after it): "dan barat".
_SECOND: Final = re.compile(
    rf"(?:[ \t]+(?:{_FORMS}))?[ \t]+(?:dan|serta|maupun)[ \t]+(?P<way>{_FORMS})\b", re.IGNORECASE
)
#: Right before a whole region's name: "bagian barat ", "bagian barat laut ".
_PART_BEFORE: Final = re.compile(rf"\bbagian[ \t]+(?P<way>{_FORMS})[ \t]+$", re.IGNORECASE)
_LOOK_BACK: Final = 24  # characters before a name that may hold "bagian barat laut "


def compass_parts(index: ToponymIndex, text: str, located: list[Located]) -> list[Located]:
    """*located* with the parts "X timur dan barat" and "bagian barat X" name, in text order."""
    if not index.parts:
        return located
    whole_of = {part: whole for (whole, _), part in index.parts.items()}
    wholes = set(whole_of.values())
    out: list[Located] = []
    changed = False
    for item in located:
        place_id = item.place.id
        if place_id in whole_of and item.mention.qualifier:
            out.append(item)
            second = _second_part(index, text, item, whole_of[place_id])
            if second is not None:
                out.append(second)
                changed = True
        elif place_id in wholes:
            part = _part_before(index, text, item)
            out.append(part or item)
            changed = changed or part is not None
        else:
            out.append(item)
    return out if changed else located


def _direction(word: str) -> str:
    return _DIRECTIONS[" ".join(word.lower().split())]


def _second_part(index: ToponymIndex, text: str, item: Located, whole: str) -> Located | None:
    """The other part a joined compass word names: "Ghouta timur dan barat" → Western Ghouta."""
    found = _SECOND.match(text, item.mention.end)
    if found is None:
        return None
    part = index.parts.get((whole, _direction(found["way"])))
    if part is None or part == item.place.id:
        return None
    m = item.mention
    start, end = found.span("way")
    mention = new_mention(
        start, end, text[start:end], part, m.confidence, text[start:end], m.evidence
    )
    return Located(mention, index.gazetteer.places[part])


def _part_before(index: ToponymIndex, text: str, item: Located) -> Located | None:
    """The part "bagian barat X" names of the whole region X, or None."""
    m = item.mention
    found = _PART_BEFORE.search(text, max(0, m.start - _LOOK_BACK), m.start)
    if found is None:
        return None
    part = index.parts.get((item.place.id, _direction(found["way"])))
    if part is None:
        return None
    mention = new_mention(m.start, m.end, m.surface, part, m.confidence, found["way"], m.evidence)
    return Located(mention, index.gazetteer.places[part])
