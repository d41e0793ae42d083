"""A Syrian name in an Indonesian address, or an Indonesian region's name alone, is Indonesian.

Syria news names Indonesian places too (the home villages of Indonesians who went to Syria, the
cities of rallies and aid drives), and Indonesian news names villages and regencies whose names
fold like Syrian villages ("Desa Julah" like Julah of Hasakah, "Kabupaten Inhil" like Inkhil).
Indonesia addresses its own places with its administrative words and provinces ("Desa Julah,
Kecamatan Tejakula, Kabupaten Buleleng, Bali", "Kab. Inhil"), which a Syrian place never gets
(``lexicon/indonesian_admin.tsv``, sourced). A Syrian mention below the governorate is dropped,
with every other mention of its place (one article, one sense), when:

- it is an item of a comma-joined address one of whose other items opens with such a word or
  is a province ("Desa Julah, Kecamatan Tejakula, …"), or its name is a province's ("Kampung
  Bali"), unless another item of the address is Syrian ("kecamatan Tabqa, Raqqa", "…, Suriah");
- such a word, capitalised as in Indonesia's own names, stands right before it ("Kabupaten
  Inhil"), unless its sentence names another Syrian place below the country ("warga Kecamatan
  Bidama mengungsi ke Jisr al-Shughur"); in lower case it may name a Syrian unit;
- its name is an Indonesian region's (BPS, ``lexicon/indonesian_places.txt``: "Minas", "Sine"
  are also Syrian villages' own names) and the article names nothing else Syrian, not even
  Syria ("Lapangan Minas", Riau's oil field).

A dateline keeps the mention; so do governorates, their seats and the capital."""

from __future__ import annotations

import re
from typing import Final

from dashboard.geo import lexicon
from dashboard.geo.parse.peers import SEATS
from dashboard.geo.parse.resolve import Located
from dashboard.geo.parse.sentences import MAX_SENTENCE, sentence_end, sentence_start
from dashboard.geo.parse.toponyms import name_key

_WORDS: Final = lexicon.indonesian_admin("word")
_PROVINCES: Final = lexicon.indonesian_admin("province")
_HOMELAND: Final = lexicon.cue_words("homeland")  # "suriah", "syria"
#: Indonesian regions' names that are also Syrian places' own (the rest are blocked outright)
_REGIONS: Final = frozenset(name_key(row.phrase) for row in lexicon.indonesian_places())
_KEPT_KINDS: Final = frozenset({"country", "admin1"})
#: A one-word province as a text writes it ("Bali", "BALI")
_PROVINCE_FORMS: Final = frozenset(
    f for p in _PROVINCES if " " not in p for f in (p, p.capitalize(), p.upper())
)

_HEAD: Final = "|".join(sorted(map(re.escape, _WORDS), key=len, reverse=True))
_NAME: Final = r"[A-Z0-9][\w'’]*(?:-[\w'’]+)*"
#: One item of an address: an optional administrative word, then up to four name words.
_ITEM: Final = rf"(?:(?i:{_HEAD})\.?\s+)?{_NAME}(?:[ \t]+{_NAME}){{0,3}}"
_NEXT: Final = re.compile(rf"[ \t]*,[ \t]*(?P<item>{_ITEM})")
_PREV: Final = re.compile(rf"(?<![\w'’.-])(?P<item>{_ITEM})[ \t]*,[ \t]*$")
_HEAD_BEFORE: Final = re.compile(rf"(?<![\w'’])(?i:{_HEAD})\.?[ \t]+$")
_HEAD_WORDS: Final = tuple(sorted(_WORDS))  # for str.endswith
_REACH: Final = 12  # characters before a name searched for the word: "Kecamatan " is shorter
_MAX_ITEMS: Final = 6  # "Desa, Kecamatan, Kabupaten, Provinsi" and a street or two


def drop_indonesian(text: str, located: list[Located]) -> list[Located]:
    """*located* without the Syrian places the words around their names make Indonesian."""
    syrian = [item for item in located if item.place.in_syria]
    lone = len({item.place.id for item in syrian}) == 1  # nothing else Syrian, not even Syria
    dropped: set[str] = set()
    for item in syrian:
        place, mention = item.place, item.mention
        if place.kind in _KEPT_KINDS or place.feature_code in SEATS or place.id in dropped:
            continue
        if "dateline" in mention.evidence:
            continue
        if _addressed(text, item, syrian) or (lone and name_key(mention.surface) in _REGIONS):
            dropped.add(place.id)
    return [item for item in located if item.place.id not in dropped] if dropped else located


def _addressed(text: str, item: Located, syrian: list[Located]) -> bool:
    """The name stands in an Indonesian address (see the module's docstring)."""
    start, end, surface = item.mention.start, item.mention.end, item.mention.surface
    province = surface in _PROVINCE_FORMS or (" " in surface and _is_province(surface))
    chained = text[end : end + 1] == "," or "," in text[max(0, start - 2) : start]
    headed = _headed(text, start, surface)
    if not (headed or chained or province):
        return False  # the common case: no address word, comma or province beside the name
    lo, hi, items = _chain(text, start, end)
    others = [o for o in syrian if o.place.id != item.place.id and o.place.kind != "country"]
    if any(lo <= o.mention.start < hi for o in others) or any(
        i.lower() in _HOMELAND for i in items
    ):
        return False  # "kecamatan Tabqa, Raqqa", "…, Suriah": a Syrian address
    if province or any(_indonesian(i) for i in items):
        return True
    if not headed:
        return False
    first = sentence_start(text, start, max(0, start - MAX_SENTENCE))
    last = sentence_end(text, end)
    return not any(first < o.mention.start < last for o in others)


def _headed(text: str, start: int, surface: str) -> bool:
    """An administrative word right before the name, or opening it, written capitalised as
    Indonesia writes its own units' names ("Kabupaten Inhil", "Kab. Siak"); in lower case it
    may name a foreign unit ("kecamatan Bidama" of Idlib)."""
    if " " in surface and surface[0].isupper() and _first_word(surface) in _WORDS:
        return True
    if text[start - 1 : start] not in (" ", "\t") or start < 3:
        return False
    if not _head_may_end(text, start):
        return False  # most names: the word before them is none of the words
    head = _HEAD_BEFORE.search(text, max(0, start - _REACH), start)
    return head is not None and head[0][0].isupper()


def _head_may_end(text: str, start: int) -> bool:
    """One of the administrative words may end right before the spaces or tabs (and a dot)
    before *start*, as :data:`_HEAD_BEFORE` needs: a text that is not plain ASCII there is left
    to the pattern (its case-blind match reads "ſ" as "s")."""
    k = start
    while k and text[k - 1] in " \t":
        k -= 1
    if k and text[k - 1] == ".":
        k -= 1
    before = text[max(0, start - _REACH) : k]
    return not before.isascii() or before.lower().endswith(_HEAD_WORDS)


def _chain(text: str, start: int, end: int) -> tuple[int, int, list[str]]:
    """The comma-joined items around the name at text[start:end]: where they start and end,
    and the other items' text."""
    items: list[str] = []
    lo = start
    for _ in range(_MAX_ITEMS):
        if not _comma_ends(text, lo):
            break  # no item can end before it (most names: _PREV would try 80 starts in vain)
        m = _PREV.search(text, max(0, lo - 80), lo)
        if m is None:
            break
        items.append(m["item"])
        lo = m.start("item")
    hi = end
    for _ in range(_MAX_ITEMS):
        m = _NEXT.match(text, hi)
        if m is None:
            break
        items.append(m["item"])
        hi = m.end()
    return lo, hi, items


def _comma_ends(text: str, end: int) -> bool:
    """A comma ends text[:end] but for spaces and tabs after it: what :data:`_PREV` needs there
    (its ``$`` also matches before a line break that ends the text searched)."""
    if end and text[end - 1] == "\n":
        end -= 1
    while end and text[end - 1] in " \t":
        end -= 1
    return end > 0 and text[end - 1] == ","


def _indonesian(item: str) -> bool:
    """An address item that opens with an administrative word or is a province."""
    return _first_word(item) in _WORDS or _is_province(item)


def _first_word(words: str) -> str:
    return words.split(maxsplit=1)[0].rstrip(".").lower() if words else ""


def _is_province(name: str) -> bool:
    low = " ".join(name.split()).lower()
    return low in _PROVINCES or low.removeprefix("provinsi ") in _PROVINCES
