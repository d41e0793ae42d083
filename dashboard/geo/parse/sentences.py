"""A listed village and the places its own sentence names.

"desa-desa A, B dan C di barat kota Hama": the villages of a list lie near the places of their
sentence. One far from every Syrian place of its sentence is a namesake of the village meant,
whatever else the article names (an article about Hama and Aleppo may list Hama's villages, and a
village of the same name near Aleppo is not one of them); one near them is in place. The resolver
uses this for villages found in a closed list (:mod:`dashboard.geo.parse.lists`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final, TypeVar

from dashboard.geo.gazetteer import distance_km
from dashboard.model import Place

T = TypeVar("T")
#: What ends a sentence, for this purpose.
SENTENCE_MARKS: Final = (". ", "! ", "? ", "\n")
#: Characters looked at either side of a name for its sentence's ends (a search for a mark the
#: text lacks must not run to the text's ends: that is quadratic on long inputs).
MAX_SENTENCE: Final = 600


def same_sentence(
    text: str, start: int, end: int, placed: Sequence[tuple[int, T]], starts: Sequence[int]
) -> list[T]:
    """The places of the other names in the sentence of text[start:end]: *placed* holds (start,
    place) in text order (or any value in place of a place) and *starts* its starts, so only that
    sentence's names are looked at."""
    first = sentence_start(text, start, max(0, start - MAX_SENTENCE))
    last = sentence_end(text, end)
    lo, hi = bisect.bisect_right(starts, first), bisect.bisect_left(starts, last)
    return [p for at, p in placed[lo:hi] if at != start]


def sentence_start(text: str, start: int, lo: int) -> int:
    """Where the mark that ends the sentence before text[start] stands, looked for back to *lo*
    (``lo - 1`` when there is none in text[lo:start])."""
    return max(lo - 1, *(text.rfind(c, lo, start) for c in SENTENCE_MARKS))


def sentence_end(text: str, end: int) -> int:
    """Where the mark that ends the sentence of text[:end] stands, looked for up to
    :data:`MAX_SENTENCE` characters on (that bound, or the text's end, when there is none)."""
    hi = min(len(text), end + MAX_SENTENCE)
    ends = [e for c in SENTENCE_MARKS if (e := text.find(c, end, hi)) >= 0]
    return min(ends) if ends else hi


def sentence_coherence(
    place: Place, peers: Sequence[Place], coherence: int, near_km: float, far_km: float
) -> int:
    """+1 within *near_km* of a Syrian place of the sentence, -1 farther than *far_km* from all of
    them, else *coherence* (the article-wide answer) unchanged."""
    near = [p for p in peers if p.in_syria and p.mappable and p.kind != "country"]
    if not near:
        return coherence
    dist = [distance_km(place.lat, place.lon, p.lat, p.lon) for p in near]
    if min(dist) <= near_km:
        return 1
    return -1 if min(dist) > far_km else coherence
