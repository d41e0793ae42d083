"""A Syrian name that the words right after it place in another country is not the Syrian place.

Villages and regions of Lebanon, Jordan, Iraq or Israel share names with Syrian ones ("Houla"),
and a structure abroad may take a Syrian city's name ("Damascus Gate" in Jerusalem). The text
says so right after the name: a comma or "di" and a foreign country or town with a compass word
("Houla di Lebanon selatan", "Houla, selatan Lebanon"), or the country or town closing the
clause ("X, Lebanon."); a structure word beside the name ("Damascus Gate, Yerusalem", "Gerbang
Damaskus di Yerusalem": cues.tsv role ``structure``) needs only the foreign place after it. Such
a mention is dropped: no Syrian place, and no foreign row stands in for it.

Kept: a governorate, its seat and the capital without a structure word ("Idlib, Turki"
opens a list), a name after a word of origin ("pengungsi dari Qusayr di Lebanon", cues.tsv role
``origin``), and every name whose next found place is Syrian or which no comma or "di" joins to
it ("Aleppo dan Turki")."""

from __future__ import annotations

import operator
import re
from itertools import compress, count
from typing import Final

from dashboard.geo import lexicon
from dashboard.geo.parse.peers import SEATS
from dashboard.geo.parse.resolve import Located
from dashboard.geo.parse.toponyms import COMPASS

STRUCTURES: Final = lexicon.cue_words("structure")
_MAX_GAP: Final = 40  # characters: "Gate, di sebelah selatan " is shorter
_WORD_REACH: Final = 30  # characters before a name searched for the word before it
_IN_SYRIA: Final = operator.attrgetter("place.in_syria")
ORIGINS: Final = lexicon.cue_words("origin")
_WORD: Final = r"[^\W\d_]+"
_COMPASS: Final = "|".join(sorted(map(re.escape, COMPASS), key=len, reverse=True))
#: Between the Syrian name and the foreign place: an optional structure word after the name
#: ("Gate"), then ", " or " di ", an optional area word and compass word ("di selatan Lebanon").
_JOIN: Final = re.compile(
    rf"(?:\s+(?P<structure>{_WORD}))?\s*(?:,\s*(?:di\s+)?|\s+di\s+)"
    rf"(?:(?:wilayah|kawasan|sebelah|bagian)\s+)?(?P<compass>(?:{_COMPASS})\s+)?",
    re.IGNORECASE,
)
#: After the foreign place: a compass word ("Lebanon selatan") or the clause's end.
_CLOSE: Final = re.compile(
    rf"\s+(?P<compass>(?i:{_COMPASS}))\b|\s*(?:[.;:!?)\n]|$)|,\s+(?!dan\b|serta\b|atau\b)[a-z]"
)


def drop_abroad(text: str, located: list[Located]) -> list[Located]:
    """*located* without the Syrian mentions the words after them place abroad."""
    syrian = list(map(_IN_SYRIA, located))  # C-level: most names found are Syrian
    if all(syrian):
        return located  # the common case: no foreign place found
    abroad = {
        n - 1
        for n in compress(count(), map(operator.not_, syrian))
        if n and syrian[n - 1] and _placed_by(text, located[n - 1], located[n])
    }
    return [item for n, item in enumerate(located) if n not in abroad] if abroad else located


def word_before(text: str, start: int) -> str:
    """The word right before *start*, lower-cased, as written with any mark attached ("" at the
    text's start): "pengungsi" of "pengungsi Qusayr", "gerbang" of "Gerbang Damaskus". Read for
    a structure word here and for a word of origin (cues.tsv ``origin``) here and in
    :mod:`dashboard.geo.parse.within`."""
    before = text[max(0, start - _WORD_REACH) : start].split()
    return before[-1].lower() if before else ""


def _placed_by(text: str, item: Located, foreign: Located) -> bool:
    """The text from *item*'s name to *foreign*'s says the named place lies in *foreign*."""
    place, mention = item.place, item.mention
    if place.kind == "country":
        return False
    if foreign.mention.start - mention.end > _MAX_GAP:
        return False
    join = _JOIN.fullmatch(text, mention.end, foreign.mention.start)
    if join is None:
        return False
    before = word_before(text, mention.start)
    structure = (join["structure"] or "").lower() in STRUCTURES or before in STRUCTURES
    if join["structure"] and not structure:
        return False  # another word between the name and the comma: "Homs Raya, Lebanon"
    if structure:
        return True  # "Damascus Gate, Yerusalem": a structure named after the city, abroad
    if place.kind == "admin1" or place.feature_code in SEATS or before in ORIGINS:
        return False
    close = _CLOSE.match(text, foreign.mention.end)
    return close is not None and bool(join["compass"] or close["compass"] or "," in join[0])
