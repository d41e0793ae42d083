"""A feature named by its proper name alone, without its generic head: "Qah" for "kamp Qah".

Reviewed features are listed with their generic head ("kamp pengungsi Qah", "pangkalan udara
Tabqa", "penjara Sednaya"), and news name them so, but a list or a context word may drop the
head ("kamp-kamp di sekitar Deir Hassan dan Qah"). The proper name after the head is therefore
looked up too, only where the text says "place" (the variant lookups of
:mod:`dashboard.geo.parse.variants`: after a context word, in a list beside a found place), and
only when it names nothing else, is no Indonesian root word ("Tanak"), no stopword and no given
name ("Omar" of "ladang minyak al-Omar"). A building keeps its head ("penjara Sina", "masjid
Umawi": cues.tsv value ``building``), and so does a natural feature ("Danau Assad": value
``kept``). A village's name may lose its Arabic generic head the same way ("Tarma" for "Ain
Tarma" in a list beside Zamalka), when no other such name shares the rest. Such a match is a
variant: fuzzy, with its penalty."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from dashboard.geo import lexicon
from dashboard.geo.gazetteer import normalize

MIN_LETTERS: Final = 3  # "Qah", "Roj": a proper name of three letters is found after its head only
MIN_NAME_LETTERS: Final = 5  # "Tarma": a village's name without its Arabic head ("Ain") is longer


def lookup(
    names: Mapping[str, tuple[str, tuple[str, ...]]], raw: str, key: str
) -> tuple[str, tuple[str, ...]] | None:
    """The headed feature the word *raw* (folded: *key*) names alone; None if none, or if the
    word is an Indonesian root word, a stopword or a given name ("Pusat", "Omar")."""
    hit = names.get(key)
    if hit is None:
        return None
    low = raw.lower()
    if low in lexicon.root_words() or low in _STOP or low in _GIVEN:
        return None
    return hit


_STOP: Final = lexicon.stopwords()
_GIVEN: Final = lexicon.given_names()


def headless_names(
    entries: Mapping[str, Any], kinds_of: Mapping[str, Any]
) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Proper name of a headed feature name (folded) → (its full key, its place ids);
    *kinds_of*: the gazetteer's places by id."""
    kinds = lexicon.cue_values("feature_head")
    heads = {normalize(w) for w, kind in kinds.items() if not kind}  # not "building", "kept"
    tails = {normalize(w) for w in lexicon.cue_words("feature_head_tail")}
    found: dict[str, tuple[str, tuple[str, ...]]] = {}
    for key, entry in entries.items():
        words = key.split(" ")
        if not entry.ids or len(words) < 2 or words[0] not in heads:
            continue
        rest = words[2:] if words[1] in tails else words[1:]
        if len(rest) != 1 or len(rest[0]) < MIN_LETTERS or not rest[0].isalpha():
            continue
        name = rest[0]
        if name in entries:
            continue
        found.setdefault(name, (key, entry.ids))
    for name, (key, ids) in _without_name_heads(entries, kinds_of).items():
        found.setdefault(name, (key, ids))
    return found


def _without_name_heads(
    entries: Mapping[str, Any], places: Mapping[str, Any]
) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Proper name of a village's two-word name led by an Arabic generic word (cues.tsv role
    name_head: "Ain Tarma", "Kafr Nabl") → (its key, its place ids), where one such name alone
    has it: the press may drop the head in a list ("Ghouta, Tarma, Zamalka dan Jobar"). Only
    villages and towns: a quarter or a mountain keeps its head ("Bab Touma", "Jabal Abdulaziz":
    "Thomas" and "Abdul Aziz" alone are persons)."""
    heads = {normalize(w) for w in lexicon.cue_words("name_head")}
    seen: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for key, entry in entries.items():
        words = key.split(" ")
        if not entry.ids or len(words) != 2 or words[0] not in heads:
            continue
        if any(places[i].kind != "populated_place" for i in entry.ids):
            continue
        name = words[1]
        if len(name) < MIN_NAME_LETTERS or not name.isalpha() or name in entries:
            continue
        seen.setdefault(name, []).append((key, entry.ids))
    return {name: keyed[0] for name, keyed in seen.items() if len(keyed) == 1}
