"""A word naming a kind of feature picks the feature of that kind: "kamp X", "penyeberangan
perbatasan X", "pangkalan udara X", "bendungan X".

Many reviewed features (geodata/features.tsv) share their name with a populated place: a border
crossing with the village it is named after (Bab al-Hawa), a camp with the village it stands by
(Atmeh), an airbase with its town. A bare name keeps the resolver's choice. After a word that
names a kind of feature (cues.tsv role ``feature_type``: "kamp", "penyeberangan", "perlintasan",
"perbatasan", "bandara", "pangkalan", "penjara", "bendungan", "barak"; a head's second word such
as "udara" or "pengungsi" may stand between) the name reads as a feature of that kind: one of its
own readings, which the article's bare mentions of the name then share ("BAB AL HAWA - … di
penyeberangan Bab al-Hawa"); else one standing within :data:`BY_KM` of the Syrian place it names
first, a feature named after the village it stands by but spelt as the village is ("kamp Atimah"),
for that mention (the bare name of a camp's or dam's village joins it by
:mod:`dashboard.geo.parse.namesakes`). The border word "perbatasan" picks only among the name's
own readings. A name with neither keeps its reading ("perbatasan Turki", "kamp Yarmouk"). Pure
functions of the text, the gazetteer and the cues."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from dashboard.geo import lexicon
from dashboard.geo.gazetteer import distance_km
from dashboard.geo.parse.cues import Cues, words_before
from dashboard.geo.parse.peers import SEATS
from dashboard.geo.parse.tokens import Tokens
from dashboard.geo.parse.toponyms import Match, ToponymIndex
from dashboard.model import Place

#: feature-type word → the feature codes of features.tsv it names ("kamp" → camp); a value
#: "named:…" (the border word "perbatasan") picks only among the name's own readings: "the border
#: at X" is no feature standing by the town X
_VALUES: Final = lexicon.cue_values("feature_type")
_NAMED: Final = "named:"
FEATURE_TYPES: Final = {
    word: frozenset(value.removeprefix(_NAMED).split("|")) for word, value in _VALUES.items()
}
_NAMED_ONLY: Final = frozenset(word for word, value in _VALUES.items() if value.startswith(_NAMED))
#: The reading kind of a name after a feature-type word: this prefix and the word.
FEATURE_KIND: Final = "feature:"
#: A feature this near a village is the one named after it ("kamp X" by the village X): the
#: reviewed camps, crossings and bases put the feature at or within a few km of their village.
BY_KM: Final = 3.0
_TAILS: Final = lexicon.cue_words("feature_head_tail")  # "udara" of "pangkalan udara X"
#: Every feature code a feature-type word names: "desa X" is never one of these features.
FEATURE_CODES: Final = frozenset(code for codes in FEATURE_TYPES.values() for code in codes)


def feature_word(tokens: Tokens, match: Match) -> str | None:
    """The feature-type word right before the name, or before a head's second word
    ("pangkalan udara X", "kamp pengungsi X"); None if there is none."""
    words = words_before(tokens.between, tokens.raws, match.first)
    if not words:
        return None
    word = words[0].lower()
    if word in FEATURE_TYPES:
        return word
    if len(words) == 2 and word in _TAILS and words[1].lower() in FEATURE_TYPES:
        return words[1].lower()
    return None


def typed_kinds(
    index: ToponymIndex, live: Sequence[tuple[Match, Cues]], kinds: list[str | None]
) -> list[str | None]:
    """*kinds* with a feature kind for each name without one of its own that follows a
    feature-type word and has a feature of that kind (:func:`typed_features`). When the feature
    is one of the name's own readings, the same name elsewhere in the article without a kind of
    its own reads the same ("BAB AL HAWA - … di penyeberangan Bab al-Hawa": one crossing, not
    the village of that name), as "provinsi X" spreads to the bare X; a feature found standing
    by the place the name reads ("kamp X" by the village X) stays with its typed mention here
    (:mod:`dashboard.geo.parse.namesakes` reads the bare name of a camp's village as the camp)."""
    out = list(kinds)
    spread: dict[str, str] = {}
    for n, ((match, cue), kind) in enumerate(zip(live, kinds, strict=True)):
        word = cue.feature
        if kind is not None or word is None:
            continue
        if _own(index, match, word):
            out[n] = spread[match.entry.key] = FEATURE_KIND + word
        elif _near(index, match, word):
            out[n] = FEATURE_KIND + word
    if not spread:
        return out
    return [k or spread.get(m.entry.key) for (m, _), k in zip(live, out, strict=True)]


def typed_features(index: ToponymIndex, match: Match, word: str) -> list[Place]:
    """The features of the kind *word* names that the name reads as: its own readings of that
    kind, else those within :data:`BY_KM` of its first Syrian populated place, nearest first."""
    return _own(index, match, word) or _near(index, match, word)


def _own(index: ToponymIndex, match: Match, word: str) -> list[Place]:
    """The name's own readings of the kind *word* names ("Bab al-Hawa": the crossing)."""
    codes = FEATURE_TYPES[word]
    return [p for p in index.places(match.entry) if p.feature_code in codes]


def _near(index: ToponymIndex, match: Match, word: str) -> list[Place]:
    """Features of the kind *word* names within :data:`BY_KM` of the name's first Syrian
    populated place, nearest first ("kamp Atimah": the camps by the village); none for a word
    that picks only among the name's own readings ("perbatasan"), nor by a governorate's seat
    (a facility named by a seat, "bandara Aleppo", "bandara militer Hama", is the city, as
    the dev corpus counts it: README Geotagging)."""
    if word in _NAMED_ONLY:
        return []
    codes = FEATURE_TYPES[word]
    places = index.places(match.entry)
    town = next((p for p in places if p.kind == "populated_place" and p.in_syria), None)
    if town is None or town.feature_code in SEATS:
        return []
    near = [
        (km, f)
        for f in features(index)
        if f.feature_code in codes
        and (km := distance_km(town.lat, town.lon, f.lat, f.lon)) <= BY_KM
    ]
    return [f for _, f in sorted(near, key=lambda pair: pair[0])]


def features(index: ToponymIndex) -> list[Place]:
    """The gazetteer's features of every kind a feature-type word names, once per parser: when it
    is built (:func:`dashboard.geo.parse.resolve.prepare`), else on first use."""
    if not index.features:
        index.features.extend(
            p
            for p in index.gazetteer.places.values()
            if p.kind == "other" and p.feature_code in FEATURE_CODES
        )
    return index.features
