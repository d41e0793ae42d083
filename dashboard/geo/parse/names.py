"""Place-name normalisation: the one key every gazetteer lookup and every text match goes through.

``normalize`` folds the ways one Arabic name reaches Indonesian and English text onto one key:
case, diacritics and the ‘ ’ ` ' ʿ ʾ marks, the Arabic article (al-/el-/as-/ash-/ad-/ar-/az-/at-
…), hyphens and spaces, and common transliteration pairs (kh/h, sh/sy, ou/u, ee/i, q/k, ei/ay,
au/aw, final -ah/-eh/-a, the Turkish -iye as -iya, doubled letters, Kafr/Kfar/Kafar,
Tall/Tal/Tel/Tell, Khirbet/Khirbat, Jabal/Jebel, Sheikh/Syekh). It is cheap (translate tables,
precompiled regexes, an LRU cache) because the geoparser calls it on many tokens, and it works on
one token as well as on a whole name. It lives in the parser's package so that mypyc compiles it
with the geotagger (the parser folds every new word of a text with it); its public name is
:mod:`dashboard.geo.names`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final

#: Letters NFKD does not decompose into ASCII, and marks that are dropped inside words.
_SPECIAL: Final = str.maketrans(
    {
        "ı": "i",
        "ø": "o",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "đ": "d",
        "ð": "d",
        "ł": "l",
        "þ": "th",
        "ħ": "h",
        "'": None,
        "‘": None,
        "’": None,
        "`": None,
        "´": None,
        "ʿ": None,
        "ʾ": None,
        "ʼ": None,
        "ʻ": None,
        "′": None,
    }
)

_NON_ALNUM: Final = re.compile(r"[^a-z0-9]+")

#: Arabic article forms and the consonant(s) the next word must start with for the form to be an
#: article (sun-letter assimilation): "as-Suwayda" drops "as", the pronoun-like "As" in
#: "As Sanamayn" too, but "Ras as" is never reached because the next word decides. The one list
#: of them: the geoparser's toponym finder reads its keys.
ARABIC_ARTICLES: Final = {
    "al": "",
    "el": "",
    "il": "",
    "ul": "",
    "as": "s",
    "es": "s",
    "ash": "sh",
    "esh": "sh",
    "ad": "d",
    "ed": "d",
    "adh": "dh",
    "ar": "r",
    "er": "r",
    "az": "z",
    "ez": "z",
    "at": "t",
    "et": "t",
    "ath": "th",
    "an": "n",
    "en": "n",
}

#: "Kafr" (village) in its spellings; "Kfar" is the Lebanese form, "Kafer"/"Kefr" Ottoman ones.
_KAFR: Final = frozenset({"kafr", "kfar", "kafar", "kafer", "kefr", "kfr", "kufr"})
#: "Tall" (mound) in its spellings: Tel Tamer / Tall Tamr / Tell Abyad / Tal Rifaat.
_TALL: Final = frozenset({"tal", "tall", "tel", "tell", "til"})
#: Other generic first words of Syrian place names, in their vowel spellings (the same class as
#: Kafr and Tall): Khirbet/Khirbat "ruin", Jabal/Jebel "mountain", Sheikh/Syekh "sheikh".
_GENERIC: Final = {
    **dict.fromkeys(_KAFR, "kafr"),
    **dict.fromkeys(_TALL, "tal"),
    **dict.fromkeys(("khirbet", "khirbat", "kherbet", "khirbit", "kherbat", "khurbet"), "hirbat"),
    **dict.fromkeys(("jabal", "jebel", "djebel", "jabel", "jbel"), "jabal"),
    **dict.fromkeys(("sheikh", "shaykh", "shaikh", "syekh", "syeikh", "syaikh", "sheik"), "shayh"),
    # Deir/Dayr "monastery" with its two vowels swapped, as GeoNames spells Dayr al Fardis "Dier
    # el Fardiss" (deir, dair and dayr already fold alike by the pairs)
    "dier": "dayr",
}

_PAIRS: Final = re.compile(r"kh|sy|ou|oo|ee|ei|ey|ai|au|q")
_PAIR_MAP: Final = {
    "kh": "h",
    "sy": "sh",
    "ou": "u",
    "oo": "u",
    "ee": "i",
    "ei": "ay",
    "ey": "ay",
    "ai": "ay",
    "au": "aw",  # the Indonesian Arabic-Latin standard writes the diphthong aw as au: Haul, Jaulan
    "q": "k",
}
_DOUBLE: Final = re.compile(r"([a-z])\1+")
#: "ah"/"eh" ending a word after two letters (the lookbehind, written after the first letter, is
#: the same test as before it, and lets the engine skip to an "a" or "e": faster)
_FINAL_AH: Final = re.compile(r"[ae](?<=[a-z]{3})h$")
#: The same rule for many words joined by newlines: ``$`` before each newline, as at a word's end.
_FINAL_AH_LINES: Final = re.compile(_FINAL_AH.pattern, re.MULTILINE)
#: "-iye" ending a word after two letters: the Turkish (and French) spelling of the Arabic
#: nisba ending -iyah/-iyeh (Haliliye for Khaliliyah, Hamidiye, Suriye), folded as -iya like
#: "-iyah" is; doubled "-iyye" is "-iye" by then. No Indonesian word ends in "-iye".
_FINAL_IYE: Final = re.compile(r"(?<=[a-z]{2})iye$")
_FINAL_IYE_LINES: Final = re.compile(_FINAL_IYE.pattern, re.MULTILINE)


def _ascii_fold(text: str) -> str:
    text = text.casefold().translate(_SPECIAL)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _fold_word(word: str) -> str:
    generic = _GENERIC.get(word)
    if generic:
        return generic
    word = _PAIRS.sub(lambda m: _PAIR_MAP[m.group()], word)
    word = _DOUBLE.sub(r"\1", word)
    if word.endswith("iye"):
        word = _FINAL_IYE.sub("iya", word)
    return _FINAL_AH.sub("a", word)


def _drop_articles(words: list[str]) -> list[str]:
    kept: list[str] = []
    for i, word in enumerate(words):
        follows = ARABIC_ARTICLES.get(word)
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if follows is not None and nxt and nxt.startswith(follows):
            continue
        kept.append(word)
    return kept


@lru_cache(maxsize=1 << 16)
def normalize(name: str) -> str:
    """The lookup key of a place name or a single token: lowercase ASCII letters and digits only.

    >>> normalize("Ma'arrat an-Nu'man") == normalize("Maarat al-Numan")
    True
    """
    words = [w for w in _NON_ALNUM.split(_ascii_fold(name)) if w]
    if len(words) > 1:
        words = _drop_articles(words)
    return _DOUBLE.sub(r"\1", "".join(_fold_word(w) for w in words))


def normalize_word(word: str) -> str:
    """:func:`normalize` of one word, with a fast path for plain ASCII letters and digits (most
    words of a news text, every one of them folded once per article when caches are cold)."""
    if word.isascii() and word.isalnum():
        return _DOUBLE.sub(r"\1", _fold_word(word.lower()))
    return normalize(word)


#: :data:`_PAIRS` as one ``str.replace`` a pair, in an order that gives what the regex's one
#: left-to-right scan gives: of two pairs that overlap ("oou", "eei") the scan takes the left one,
#: so "oo" and "ee" go before the pairs their second letter starts; and a pair that another's
#: replacement can make ("q" + "h" is "kh", "a" + "oo" is "au", "a" + "ee" is "ai") goes before
#: that one, as the scan never reads its own output (``tests/test_geo_fast.py`` compares the two
#: on every string of up to five of the pairs' letters).
_PAIR_ORDER: Final = tuple(
    (pair, _PAIR_MAP[pair]) for pair in ("kh", "q", "sy", "au", "ai", "ee", "ei", "ey", "oo", "ou")
)
#: Every doubled letter :data:`_DOUBLE` shortens, with its single letter.
_LETTER_PAIRS: Final = tuple((c + c, c) for c in "abcdefghijklmnopqrstuvwxyz")


def _pairs_replaced(text: str) -> str:
    """``_PAIRS.sub`` with the pairs' replacements, by C-level ``str.replace`` passes."""
    for pair, replacement in _PAIR_ORDER:
        if pair in text:
            text = text.replace(pair, replacement)
    return text


def _singled(text: str) -> str:
    """``_DOUBLE.sub(r"\\1", text)``: each run of one letter shortened to the letter, by
    ``str.replace`` (a run's neighbours are other letters, so no new run is made)."""
    for double, single in _LETTER_PAIRS:
        while double in text:  # "aaa": "aa", then "a"
            text = text.replace(double, single)
    return text


def normalize_ascii_words(words: list[str]) -> list[str]:
    """:func:`normalize_word` of many ASCII words made of letters and digits, in one pass.

    The words are joined by newlines and folded together: no rule reaches across a newline (the
    pairs and doubled letters are letters, the final -ah/-eh is anchored at each line's end), so
    every word folds exactly as alone, with a few C-level passes per text instead of four regex
    passes per word (``tests/test_geo_fast.py`` compares the two on every gazetteer word)."""
    lowered = "\n".join(words).lower()
    special = not _WHOLE_WORDS.keys().isdisjoint(lowered.split("\n"))  # "Kafr", "Tell" …
    lowered = _singled(_pairs_replaced(lowered))
    if "h" in lowered:
        lowered = _FINAL_AH_LINES.sub("a", lowered)
        while "aa" in lowered:  # no letter is doubled now but an "a" before a final "-eh" made "a"
            lowered = lowered.replace("aa", "a")
    if "iye" in lowered:
        lowered = _FINAL_IYE_LINES.sub("iya", lowered)
    folded = lowered.split("\n")
    if special:
        for i, word in enumerate(words):
            low = word.lower()
            if low in _WHOLE_WORDS:
                folded[i] = _WHOLE_WORDS[low]
    return folded


#: Words :func:`_fold_word` replaces whole (Kafr, Tall and the other generic first words).
_WHOLE_WORDS: Final = {
    **dict.fromkeys(_KAFR, "kafr"),
    **dict.fromkeys(_TALL, "tal"),
    **_GENERIC,
}
