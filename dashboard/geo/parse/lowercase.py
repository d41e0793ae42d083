"""A place name typed in lower case right after the word that says what it is: "desa taftanaz",
"pangkalan udara tabqa", "kamp roj".

Lower-case words are never place names on their own ("sumber", "kota", "malah"), but after a
type word ("desa", "kota", "kampung") or a feature's generic head ("kamp", "pangkalan udara")
the text says "a place follows". One such word is read as the name it spells when it is long
enough to be a name (:data:`MIN_LETTERS`) and is no Indonesian word: no stopword and no root
word of PySastrawi's list ("desa baru", "kota lama", "pangkalan udara militer")."""

from __future__ import annotations

from typing import Final

from dashboard.geo import lexicon
from dashboard.geo.parse.tokens import Tokens

MIN_LETTERS: Final = 4
_TOWNS: Final = frozenset({"town", "village"})  # type words of a town ("kota", "desa"; cues.tsv)
#: What says "a place follows" before a lower-case name: town type words and feature heads.
HEADS = frozenset(w for w, kind in lexicon.cue_values("type").items() if kind in _TOWNS)
HEADS |= lexicon.cue_words("feature_head")
TAILS: Final = lexicon.cue_words("feature_head_tail")
_STOP: Final = lexicon.stopwords()


def named_after_head(tokens: Tokens, first: int, last: int) -> bool:
    """Word *first* (= *last*: one word) is a lower-case name after a head word."""
    if first != last or first == 0:
        return False
    raw = tokens.raws[first]
    if len(raw) < MIN_LETTERS or not raw.isalpha() or not raw.islower():
        return False
    before = first - 1
    if tokens.between[before].strip(" \t"):
        return False
    if tokens.raws[before] in TAILS and before and not tokens.between[before - 1].strip(" \t"):
        before -= 1  # "pangkalan udara tabqa"
    if tokens.raws[before].lower() not in HEADS:
        return False
    return raw not in _STOP and raw not in lexicon.root_words()
