"""Hard rules: a name found that can be no place here, whatever its candidates.

Not-a-place phrases, personal names (a nisba, a kunya), outlets ("dilansir Al Mayadeen", an
agency's tag "(MINA)", a credit line "Foto: AFP/Idlib Media Center", an agency after a dateline's
place "Damaskus, MINA -"), the one addressed when the name is a town ("kepada Al Mayadeen"),
stray acronyms ("SAM"), common words ("Sumber", "Anda") and the generic head of a longer name no
row has: "Tell Sukas", "Tel Qarqur" name a mound (or a village the gazetteer lacks), not the
town al-Tall, whose name is the head alone; "Bab X" is no al-Bab (cues.tsv role ``name_head``);
nor is the head alone where the text writes the longer name out elsewhere ("di Deir" closing a
cut title, "Deir Ezzor" in the body)."""

from __future__ import annotations

import re
from typing import Final

from dashboard.geo import lexicon
from dashboard.geo.parse.credits import in_credit_line, in_outlet_tag
from dashboard.geo.parse.cues import Cues
from dashboard.geo.parse.peers import SEATS
from dashboard.geo.parse.scoring import MAJOR, prior
from dashboard.geo.parse.toponyms import Match, ToponymIndex, name_key
from dashboard.geo.parse.variants import HEAD_FORMS

_STOPWORDS: Final = lexicon.stopwords()
_NAME_AFTER: Final = re.compile(r"[ \t-]+[A-ZÀ-Þ]")  # a capitalised word right after a name
#: A day of the month right before a name: "10 Muharram" is a date (the Hijri month named like
#: the district Al-Mukharram), not a place; a year or a count has no place after it either way.
_DAY_BEFORE: Final = re.compile(r"(?<![\d.,/:])(?:[1-9]|[12]\d|3[01])[ \t]+$")
_BLANKS: Final = " \t"  # what _DAY_BEFORE allows between the day and the name


def possible(index: ToponymIndex, match: Match, cue: Cues, text: str) -> bool:
    """*match* may be a place (*cue*: what the words around it say; *text*: where it was found)."""
    entry = match.entry
    if entry.blocker or cue.person or cue.media:
        return False
    if cue.addressee and _a_town(index, entry.ids):
        return False  # "kepada Al Mayadeen" is the channel; "kepada Turki" still the country
    if entry.key in _OUTLET_KEYS and _an_outlet(match.surface) and not _placed(cue):
        return False  # "menurut Al Mayadeen": the channel; "kota Al Mayadeen" the town
    if not entry.abbreviation and _credited(text, match):
        return False  # "(MINA)", "Foto: AFP/Idlib Media Center": an agency, not a place
    if cue.dateline_tail and not _an_area(index, entry.ids):
        return False  # "Damaskus, MINA -": after the city its country or an agency, no point
    surface = match.surface
    if surface in HEAD_FORMS and (_NAME_AFTER.match(text, match.end) or _cut(surface, text)):
        return False  # "Tell Sukas": the head of a longer name no row has, not al-Tall
    if surface.isupper() and len(surface) <= 3 and not entry.abbreviation:
        return False  # "SAM" in a photo credit is an acronym, not the Turkish name of Damascus
    if _day_before(text, match.start) and prior(index.gazetteer.places[entry.ids[0]]) < MAJOR:
        return False  # "10 Muharram": a month after its day; a major place keeps its reading
    if cue.common_word:  # (a stopword is one: the cues test the same list)
        if match.first == match.last and surface.lower() in _STOPWORDS:
            return False  # "Sumber", "Anda", "Rabu": never a place on its own
        top = prior(index.gazetteer.places[entry.ids[0]])
        # a dateline opens its line but names the place it is filed from: "ALEPPO (Outlet) –"
        # stands where a lower-case title ("… di aleppo") wrote the same word
        return top >= MAJOR and (cue.dateline or not cue.sentence_start)
    return True


_OUTLETS: Final = lexicon.outlet_towns()
_OUTLET_KEYS: Final = frozenset(name_key(name) for name in _OUTLETS)  # "mayadin": few matches


def _an_outlet(surface: str) -> bool:
    """*surface* is written as an outlet named like a town writes its name (outlet_towns.tsv)."""
    return surface.lower().replace("-", " ") in _OUTLETS


def _placed(cue: Cues) -> bool:
    """A context or type word, a list or a dateline says the name is a place."""
    return bool(cue.context or cue.kind or cue.listed or cue.dateline)


def _day_before(text: str, start: int) -> bool:
    """A day of the month (1-31) stands right before the name, in the same line. The pattern
    is tried only where a digit ends the spaces before the name (most names have none)."""
    low = max(0, start - 8)
    at = start
    if at > low and text[at - 1] != "\n":  # ("$" also matches before a final line break)
        while at > low and text[at - 1] in _BLANKS:
            at -= 1
        if at == start or at == low or not text[at - 1].isdigit():
            return False  # \d, and the pattern's other digits, are all str.isdigit()
    return _DAY_BEFORE.search(text, low, start) is not None


def _cut(head: str, text: str) -> bool:
    """The head alone is a longer name cut short, which the text writes out elsewhere: "… di
    Deir" closing a title cut to its length, "Deir Ezzor" in the body; not a village named by
    the head alone (Ad Dayr)."""
    return re.search(rf"\b{re.escape(head)}[ \t-]+[A-ZÀ-Þ]", text) is not None


def _credited(text: str, match: Match) -> bool:
    """The name stands in an agency's tag or a credit line (:mod:`dashboard.geo.parse.credits`);
    the cheap tests first: a bracket or a colon before it."""
    start = match.start
    return in_outlet_tag(text, start, match.end) or in_credit_line(text, start)


#: Kinds of place a dateline may name after its place ("Idlib, Suriah", "Sarmada, Idlib").
_AREAS: Final = frozenset({"country", "admin1", "admin2", "admin3", "region"})


def _an_area(index: ToponymIndex, ids: tuple[str, ...]) -> bool:
    """Some reading of the name is a country, an administrative area or a region."""
    places = index.gazetteer.places
    return any(places[i].kind in _AREAS for i in ids)


def _a_town(index: ToponymIndex, ids: tuple[str, ...]) -> bool:
    """The name's best reading is a Syrian town or point, not a country, a governorate or its
    seat ("kepada Damaskus": the government the capital stands for)."""
    top = index.gazetteer.places[ids[0]]
    return (
        top.in_syria and top.kind in ("populated_place", "other") and top.feature_code not in SEATS
    )
