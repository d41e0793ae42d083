"""The article's focus: the Syrian place it is about, or None.

Scored from the title, how often the place is named, the dateline, how specific it is, and the
mentions of the governorate it lies in ("desa Tahhan di provinsi Idlib" is about Tahhan).
The country, foreign places and the seats of institutions ("KBRI Damaskus") are never the focus;
an article that lists three or more governorates and names no town above them has none.
"""

from __future__ import annotations

from collections.abc import Sequence

from dashboard.model import Place, TaggedPlace

SPECIFICITY = {
    "populated_place": 1.0,
    "other": 1.0,
    "admin3": 0.8,
    "admin2": 0.6,
    "region": 0.6,
    "admin1": 0.3,
}
TITLE_WEIGHT = 3.0
DATELINE_WEIGHT = 0.5
CONTAINER_WEIGHT = 0.5
MIN_SCORE = 1.5  # a place named once, in the body only, with nothing else for it, is not enough
SPREAD = 3  # this many governorates and no town ahead of them: a country-wide story


def choose_focus(places: Sequence[TaggedPlace]) -> Place | None:
    """The Syrian place the article is about, or None when no place stands out."""
    candidates = [tp for tp in places if tp.place.mappable and _counted(tp)]
    if not candidates:
        return None
    named = _governorate_mentions(places)
    scores = {tp.place.id: _score(tp, named) for tp in candidates}
    best = max(candidates, key=lambda tp: (scores[tp.place.id], -tp.mentions[0].start))
    if scores[best.place.id] < MIN_SCORE:
        return None
    governorates = sum(1 for tp in candidates if tp.place.kind == "admin1")
    if best.place.kind == "admin1" and governorates >= SPREAD:
        return None
    return best.place


def _counted(tp: TaggedPlace) -> bool:
    return any("institution" not in m.evidence for m in tp.mentions)


def _governorate_mentions(places: Sequence[TaggedPlace]) -> dict[str | None, int]:
    """How many times the article names each governorate, by P-code."""
    counts: dict[str | None, int] = {}
    for tp in places:
        if tp.place.kind == "admin1":
            pcode = tp.place.admin1_pcode
            counts[pcode] = counts.get(pcode, 0) + len(tp.mentions)
    return counts


def _score(tp: TaggedPlace, governorates: dict[str | None, int]) -> float:
    mentions = [m for m in tp.mentions if "institution" not in m.evidence]
    body = sum(1 for m in mentions if "title" not in m.evidence and "dateline" not in m.evidence)
    score = body + SPECIFICITY.get(tp.place.kind, 0.0)
    if any("title" in m.evidence for m in mentions):
        score += TITLE_WEIGHT
    if any("dateline" in m.evidence for m in mentions):
        score += DATELINE_WEIGHT
    if tp.place.kind != "admin1":
        score += CONTAINER_WEIGHT * governorates.get(tp.place.admin1_pcode, 0)
    return score
