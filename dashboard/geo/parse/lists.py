"""Enumerations of names in running text: "desa-desa Erze, Kafrtun dan Yadgun", "penyeberangan
Qusayr dan Dabousiya", "Kota Kecil Muraiyieh dan Jafra".

A list is a run of items (up to :data:`MAX_ITEM_WORDS` capitalised words each) joined by commas and
"dan"/"serta"/"atau". What the word before its first item says ("desa", "distrik",
"penyeberangan", with an adjective such as "kecil" allowed in between) it says of every item: a
village list stays a village list after its first name, known or not. A list is *closed* when some
joiner is a conjunction ("Idlib, Aleppo, sejak Kamis" is an apposition, not a list). Pure functions
of the words of one text (``raws``) and the text between word i and word i + 1 (``gap(i)``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final, NamedTuple

from dashboard.geo import lexicon

MAX_ITEM_WORDS: Final = 3  # "Sahwat al-Balatah", "Khirbet Ghazaleh", "Tal Abyad"
MAX_ITEMS: Final = 12  # a list is walked this far at most, either way
MAX_MODIFIERS: Final = 2  # "kota kecil", "desa-desa kecil terpencil"

#: Conjunctions that join (and close) a list.
JOINERS: Final[frozenset[str]] = frozenset({"dan", "serta", "atau"})
#: Words that say a place follows (cues.tsv: context and type words).
CONTEXT_WORDS: Final = lexicon.cue_words("context", "type")
#: Adjectives that may stand between a context word and its name (cues.tsv role `modifier`).
MODIFIERS: Final[frozenset[str]] = lexicon.cue_words("modifier")
#: Words that may stand between a type word and its name and leave the type as it is: the
#: adjectives and the compass words ("provinsi pusat Homs", "provinsi barat laut Idlib", "kota
#: pelabuhan Latakia"). Compass words are no modifiers: "Idlib Selatan" is one item of a list.
ADJECTIVES: Final[frozenset[str]] = (
    MODIFIERS
    | lexicon.cue_words("compass")
    | frozenset(w for pair in lexicon.cue_words("compass_pair") for w in pair.split())
)
#: Type words whose kind reaches over adjectives: a governorate's or a town's ("provinsi",
#: "kota"); "desa utara X" names villages north of X, and countryside words read their compass
#: word as a part ("pedesaan utara Aleppo", context._over_compass).
_OVER_ADJECTIVES: Final = frozenset(
    w for w, k in lexicon.cue_values("type").items() if k in ("admin1", "town")
)
#: Governorate words ("provinsi"): they also head a list a word such as "termasuk" opens (not
#: "kota": "kota seperti Jakarta, Bandung dan Bali" names towns of anywhere).
GOVERNORATE_WORDS: Final = frozenset(
    w for w, k in lexicon.cue_values("type").items() if k == "admin1"
)
#: Words that open an enumeration after its type word (cues.tsv role `list_intro`):
#: "beberapa provinsi, termasuk Hama, Homs dan Idlib", "tiga kota yaitu …".
INTRODUCERS: Final = lexicon.cue_words("list_intro")
#: Town words ("kota", "desa"): with the country's name after them they head an enumeration too
#: ("kota-kota Suriah seperti X": Syrian towns, where "kota seperti X" names towns of anywhere).
TOWN_WORDS: Final = frozenset(
    w for w, k in lexicon.cue_values("type").items() if k in ("town", "village")
)
#: The country's names (cues.tsv role `homeland`).
HOMELAND: Final = lexicon.cue_words("homeland")

_COMMA: Final = re.compile(r"[ \t]*,[ \t]*")
_SPACE: Final = re.compile(r"[ \t]*")
_JOIN: Final = re.compile(r"[ \t]*-?[ \t]*")  # inside one item: "Sahwat al-Balatah", "Tal-Abyad"


# The gaps' tests, as plain string tests: the same answers as the patterns above (which
# tests/test_geo_fast.py compares them with), without a regex call (about 1,500 instructions).
def _comma(gap: str) -> bool:
    """*gap* is a comma with spaces or tabs around it (:data:`_COMMA`)."""
    return gap == ", " or gap.strip(" \t") == ","


def _space(gap: str) -> bool:
    """*gap* is spaces or tabs alone (:data:`_SPACE`)."""
    return gap == " " or not gap.strip(" \t")


def joins(gap: str) -> bool:
    """*gap* joins two words of one item: spaces or tabs, a hyphen among them (:data:`_JOIN`)."""
    return gap == " " or gap.strip(" \t") in ("", "-")


Gap = Callable[[int], str]


class ListOf(NamedTuple):
    """One list: its items as (first, last) word indexes, its head word, whether it is closed."""

    items: tuple[tuple[int, int], ...]
    head: str | None  # the context word before the first item, lower case ("desa")
    closed: bool


def item_word(raw: str) -> bool:
    """A word that may belong to a listed name: capitalised, not a context word or adjective."""
    if not raw[:1].isupper():
        return False
    low = raw.lower()
    return low not in CONTEXT_WORDS and low not in MODIFIERS and low not in JOINERS


def next_item(raws: list[str], gap: Gap, end: int) -> tuple[int, bool] | None:
    """(first word of the item after the one ending at *end*, joined by a conjunction?), or
    None when no list separator follows it."""
    n = len(raws)
    if end + 1 >= n:
        return None
    after = gap(end)
    comma = _comma(after)
    if not comma and not _space(after):
        return None
    if raws[end + 1].lower() in JOINERS:
        at = _past_head(raws, gap, end + 2)  # "dan wilayah Idlib Selatan": its own head word
        if at < n and _space(gap(end + 1)) and item_word(raws[at]):
            return at, True
        return None
    return (end + 1, False) if comma and item_word(raws[end + 1]) else None


def prev_item_end(raws: list[str], gap: Gap, start: int) -> tuple[int, bool] | None:
    """(last word of the item before the one starting at *start*, joined by a conjunction?), or
    None when no list separator precedes it."""
    if start < 1:
        return None
    typed = _head_before(raws, gap, start)  # "…, Sarmada, dan wilayah Idlib Selatan"
    if typed is not None and typed > 0 and raws[typed - 1].lower() in JOINERS:
        start = typed
    before = gap(start - 1)
    if raws[start - 1].lower() in JOINERS and _space(before):
        k = start - 2
        if k >= 0 and (_comma(gap(k)) or _space(gap(k))):
            return (k, True) if item_word(raws[k]) else None
        return None
    if _comma(before) and item_word(raws[start - 1]):
        return start - 1, False
    return None


def _past_head(raws: list[str], gap: Gap, at: int) -> int:
    """The word after the context word (and up to two adjectives) at word *at* ("wilayah",
    "kota kecil"), or *at* itself when no context word stands there."""
    if at >= len(raws) or raws[at].lower() not in CONTEXT_WORDS:
        return at
    k = at + 1
    for _ in range(MAX_MODIFIERS + 1):
        if k >= len(raws) or not joins(gap(k - 1)):
            return at
        if raws[k].lower() not in MODIFIERS:
            return k
        k += 1
    return at


def _head_before(raws: list[str], gap: Gap, start: int) -> int | None:
    """The index of the context word right before word *start*, over up to two adjectives."""
    i = start - 1
    for _ in range(MAX_MODIFIERS + 1):
        if i < 0 or not joins(gap(i)):
            return None
        low = raws[i].lower()
        if low in CONTEXT_WORDS:
            return i
        if low not in MODIFIERS:
            return None
        i -= 1
    return None


def item_start(raws: list[str], gap: Gap, last: int) -> int:
    """The first word of the item that ends at word *last*."""
    first = last
    while (
        first > 0
        and last - first + 1 < MAX_ITEM_WORDS
        and joins(gap(first - 1))
        and item_word(raws[first - 1])
    ):
        first -= 1
    return first


def item_end(raws: list[str], gap: Gap, first: int) -> int:
    """The last word of the item that starts at word *first*."""
    last = first
    while (
        last + 1 < len(raws)
        and last - first + 1 < MAX_ITEM_WORDS
        and joins(gap(last))
        and item_word(raws[last + 1])
    ):
        last += 1
    return last


def list_around(raws: list[str], gap: Gap, first: int, last: int) -> ListOf | None:
    """The list the name at words first..last is an item of; None if it stands alone."""
    items = [(first, last)]
    closed = False
    for _ in range(MAX_ITEMS):
        found = prev_item_end(raws, gap, items[0][0])
        if found is None:
            break
        end, joined = found
        items.insert(0, (item_start(raws, gap, end), end))
        closed = closed or joined
    for _ in range(MAX_ITEMS):
        found = next_item(raws, gap, items[-1][1])
        if found is None:
            break
        start, joined = found
        items.append((start, item_end(raws, gap, start)))
        closed = closed or joined
    if len(items) < 2:
        return None
    return ListOf(tuple(items), head_word(raws, gap, items[0][0]), closed)


def head_word(raws: list[str], gap: Gap, start: int) -> str | None:
    """The context word right before word *start*, over up to two adjectives ("kota kecil"),
    or the type word that an enumeration's opening word follows ("provinsi, termasuk X")."""
    i = start - 1
    if i > 0 and raws[i].lower() in INTRODUCERS and joins(gap(i)):
        return _introduced_by(raws, gap, i - 1)
    at = _head_before(raws, gap, start)
    return None if at is None else raws[at].lower()


def _introduced_by(raws: list[str], gap: Gap, i: int) -> str | None:
    """The type word of an enumeration whose opening word ("termasuk", "seperti") follows word
    *i*: a governorate word ("beberapa provinsi, termasuk Hama"), or a town word with the
    country's name after it ("kota-kota Suriah seperti X", "desa-desa di Suriah, termasuk X")."""
    if not (_comma(gap(i)) or _space(gap(i))):
        return None
    low = raws[i].lower()
    if low in GOVERNORATE_WORDS:
        return low
    if low not in HOMELAND or i < 1:
        return None
    i -= 1
    if raws[i].lower() == "di" and i and _space(gap(i)):
        i -= 1  # "kota-kota di Suriah seperti X"
    low = raws[i].lower()
    return low if low in TOWN_WORDS and _space(gap(i)) else None


def type_over_adjectives(raws: list[str], gap: Gap, start: int) -> str | None:
    """The governorate or town word before the adjectives right before word *start*
    ("provinsi pusat Homs", "provinsi barat laut Idlib", "kota pelabuhan Latakia"), lower case;
    None when no adjective stands there or no such type word before them."""
    i = start - 1
    for _ in range(MAX_MODIFIERS + 1):
        if i < 1 or not joins(gap(i)) or raws[i].lower() not in ADJECTIVES:
            return None
        i -= 1
        low = raws[i].lower()
        if low in _OVER_ADJECTIVES and _space(gap(i)):
            return low
    return None
