"""One sense per article: a camp named after the village it stands by, and that village's name
alone, are one place when the article names the camp.

A reader of "Kamp pengungsi Al-Arisha … kamp Al-Arisha … di Al Arisha" or of "Kamp Atimah …
wilayah Atimah" sees one place, the camp (the dev corpus counts one entry per distinct place, and a
camp as a place of its own). Once an article names such a camp by its head and the village's name
("kamp X", matched as the camp's own name or read by :mod:`dashboard.geo.parse.feature_types` as
the camp standing by the village X), every other mention of X without a type word of its own reads
as that camp, wherever it stands (a title may name the village before the text names the camp).
The feature-type words this holds for are cues.tsv role ``namesake``: "kamp". Not a dam: the town
by a dam is often a city the text also means ("warga Rastan" beside "bendungan Rastan"); nor a base
or an airport inside the city it is named after, which the annotation counts as the city.

Guards: a mention the text calls a town ("kota X", "desa X") keeps the town, so an article that
names the village and its camp apart keeps both; the bare X must read first as a Syrian town
standing within :data:`NAMESAKE_KM` of the camp, so a camp named after a far place, or a town of
the same name elsewhere, keeps its reading; and that town is no governorate's capital (a camp in a
city, "kamp Latakia", is part of the city, which keeps its name). Pure functions of the matches,
their kinds and the gazetteer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from dashboard.geo import lexicon
from dashboard.geo.gazetteer import distance_km, normalize
from dashboard.geo.parse.cues import Cues
from dashboard.geo.parse.feature_types import FEATURE_KIND, typed_features
from dashboard.geo.parse.toponyms import Match, ToponymIndex
from dashboard.model import Place

#: The reading kind of a name that is a feature's namesake: this prefix and the feature's id.
NAMESAKE_KIND: Final = "namesake:"
#: A camp this near the village it is named after is "the camp by X": the reviewed camps stand at
#: or a few km from their village (Handarat 4.5 km, Neirab 1.5 km, Ain Issa 0.7 km).
NAMESAKE_KM: Final = 5.0
#: Feature codes of a governorate's capital (GeoNames PPLA, PPLC): a camp there is in the city.
CITIES: Final = frozenset({"PPLA", "PPLC"})
_VALUES: Final = lexicon.cue_values("namesake")  # "kamp" → "camp"
#: Feature-type words whose features are one place with their namesake village ("kamp").
WORDS: Final = frozenset(_VALUES)
#: The feature codes those words name.
CODES: Final = frozenset(code for value in _VALUES.values() for code in value.split("|"))
#: The same words as the automaton folds them: the first word of a headed name ("kamp arisha").
_HEADS: Final = frozenset(normalize(word) for word in WORDS)
_TAILS: Final = frozenset(normalize(word) for word in lexicon.cue_words("feature_head_tail"))


def namesake_kinds(
    index: ToponymIndex, live: Sequence[tuple[Match, Cues]], kinds: list[str | None]
) -> list[str | None]:
    """*kinds* with the namesake reading of the camp the article names for every mention of its
    village's name that has no kind of its own (:func:`named_features`)."""
    named = named_features(index, live, kinds)
    if not named:
        return kinds
    out = list(kinds)
    for n, ((match, _), kind) in enumerate(zip(live, kinds, strict=True)):
        feature = named.get(match.entry.key) if kind is None else None
        if feature is not None and by_its_town(index, match, feature):
            out[n] = NAMESAKE_KIND + feature.id
    return out


def named_features(
    index: ToponymIndex, live: Sequence[tuple[Match, Cues]], kinds: Sequence[str | None]
) -> dict[str, Place]:
    """The village's name (its automaton key) → the camp the article names after it: a name read
    after a feature-type word ("kamp Atimah"), or a camp's own headed name ("kamp Al-Arisha",
    "kamp pengungsi Qah"); the first such camp of a name wins."""
    named: dict[str, Place] = {}
    for (match, _), kind in zip(live, kinds, strict=True):
        if kind is not None and kind.startswith(FEATURE_KIND):
            word = kind[len(FEATURE_KIND) :]
            if word not in WORDS:
                continue
            found = typed_features(index, match, word)
            if found and found[0].feature_code in CODES:
                named.setdefault(match.entry.key, found[0])
        elif kind is None and (town := _headed_town(match.entry.key)) is not None:
            places = index.places(match.entry)
            if places and all(p.feature_code in CODES for p in places):
                named.setdefault(town, places[0])
    return named


def by_its_town(index: ToponymIndex, match: Match, feature: Place) -> bool:
    """Whether the name *match* reads first, as a bare name, as a Syrian town that stands within
    :data:`NAMESAKE_KM` of *feature* and is no governorate's capital: a camp in a city ("kamp
    Latakia", a quarter of it) is not the city; nor is a name that reads first as something else
    ("Nayrab", the airport) a town's."""
    places = index.places(match.entry)
    if feature in places:
        return False  # one of the name's own readings: feature_types.py reads it already
    town = (index.bare.get(match.entry.key) or places)[0]
    return (
        town.kind == "populated_place"
        and town.in_syria
        and town.feature_code not in CITIES
        and distance_km(town.lat, town.lon, feature.lat, feature.lon) <= NAMESAKE_KM
    )


def _headed_town(key: str) -> str | None:
    """The town's name in a feature's headed name ("kamp arisha" → "arisha", "kamp pengungsi
    kah" → "kah"), folded; None if the name has no such head."""
    words = key.split(" ")
    if len(words) < 2 or words[0] not in _HEADS:
        return None
    rest = words[2:] if words[1] in _TAILS and len(words) > 2 else words[1:]
    return " ".join(rest)
