"""What the words right around one name say about it, as a :class:`Cues` value.

:func:`name_cues` reads, for one :class:`~dashboard.geo.parse.toponyms.Match`, the words before
and after it: a context or type word ("di", "kota", "provinsi"), a compass qualifier, whether it
opens a sentence, stands in a person's name (nisba, kunya) or next to another name, and whether
its one word is also a common word or a given name. What lists and datelines add is read in
:mod:`dashboard.geo.parse.context`. It runs for every name found, so each helper reads only
the words it needs (``tests/test_geo_fast.py`` compares the shortcuts with plain references)."""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from dashboard.geo import lexicon
from dashboard.geo.gazetteer import normalize
from dashboard.geo.parse.tokens import Tokens
from dashboard.geo.parse.toponyms import COMPASS, COMPASS_PAIRS, Match

#: Context words (cues.tsv): right before a name they say a place follows ("di Idlib", "kota Hama");
#: type words also say which kind of place: the governorate or the town itself.
TYPE_WORDS: Final = lexicon.cue_values("type")
_TOWN_WORDS: Final = frozenset(w for w, k in TYPE_WORDS.items() if k in ("town", "village"))
CONTEXT_WORDS: Final = lexicon.cue_words("context", "type")
#: Words before a name that make it the seat of an institution ("KBRI Damaskus"): still a
#: mention of the place, never what the article is about.
INSTITUTION_WORDS: Final = lexicon.cue_words("institution")
#: Words that open an Arabic personal name: what follows is a person, not a place.
KUNYA_WORDS: Final = lexicon.cue_words("kunya")
#: Words before a news outlet's name ("dilansir", "televisi", "harian"): what follows is the
#: outlet, never a place, though outlets take place names ("televisi Al Mayadeen").
MEDIA_WORDS: Final = lexicon.cue_words("media")
#: Words before the one addressed ("kepada"): a person, an outlet or a government, which may bear
#: a town's name ("mengatakan kepada Al Mayadeen"); a town itself is reached with "ke".
ADDRESSEE_WORDS: Final = lexicon.cue_words("addressee")
#: The kind of a countryside word ("pedesaan", "gurun"): the governorate when the name has one,
#: else the town (worked out by the resolver, which knows the name's places).
COUNTRYSIDE: Final = "countryside"

#: Words that say what a name is between it and a type word: "Deir Ezzor adalah provinsi yang
#: kaya minyak" (cues.tsv role copula), read as an apposition after a comma is.
COPULA_WORDS: Final = lexicon.cue_words("copula")
#: Words before a governorate word that make the name after it the governorate's seat: "ibu
#: kota provinsi Deir Ezzor" (cues.tsv role seat).
SEAT_WORDS: Final = lexicon.cue_words("seat")
_APPOSED: Final = r"(?:,\s*|\s+(?:" + "|".join(sorted(COPULA_WORDS)) + r")\s+)"
#: The first letters of the copula words, and how far after a name white space is skipped to
#: read the word after it (longer white space: the patterns decide).
_COPULA_INITIALS: Final = frozenset(w[:1].lower() for w in COPULA_WORDS)
_COPULA_REACH: Final = 8
TOWN_APPOSITION: Final = re.compile(
    _APPOSED + r"(?:sebuah\s+|salah\s+satu\s+)?(?:kota|ibu\s?kota|desa)\b", re.IGNORECASE
)
#: A governorate apposition: "Idlib, provinsi barat laut", "Hasakah, sebuah provinsi di timur
#: laut": the type word (cues.tsv kind admin1) and a lower-case word describing it, never a
#: capitalised name ("desa Nawa, provinsi Daraa" says where Nawa lies, not what it is).
PROVINCE_APPOSITION: Final = re.compile(
    _APPOSED
    + r"(?:sebuah\s+|salah\s+satu\s+)?(?:"
    + "|".join(sorted(w for w, kind in TYPE_WORDS.items() if kind == "admin1"))
    + r")\s+(?-i:[a-z])",
    re.IGNORECASE,
)
_SENTENCE_END: Final = frozenset(".!?:\n")
#: What may stand between a sentence mark and the word opening the sentence.
_OPENERS: Final = " \t\"“'‘(["
#: The last character before a word that opens a sentence: a mark; also none at the text's start.
_SENTENCE_END_MARKS: Final = tuple(_SENTENCE_END)
_SENTENCE_START_MARKS: Final = (*_SENTENCE_END_MARKS, "")
_GIVEN_NAMES: Final = lexicon.given_names()
#: Heads of a place feature's name ("Pangkalan 46", "Kamp Roj"); not a building's ("Masjid
#: Umayyah" may be any town's mosque): such a name opening a sentence is still the feature's.
_PLACE_HEADS: Final = frozenset(
    w for w, value in lexicon.cue_values("feature_head").items() if value != "building"
)
#: Every feature head ("Masjid", "Penjara", "Kamp"): a place after one is the feature's place
#: ("pidato di Masjid Damaskus": the mosque in Damascus), never after a person's name.
_FEATURE_HEADS: Final = lexicon.cue_words("feature_head")
#: … as the automaton folds them: "Basharr", a doubled letter, is still Bashar the given name
_GIVEN_KEYS: Final = frozenset(map(normalize, _GIVEN_NAMES))
_new_tuple: Final = tuple.__new__  # what a NamedTuple's __new__ calls with its fields in order


class Cues(NamedTuple):
    """What the text around one match says; read by the resolver (immutable, cheap to build)."""

    context: str | None = None  # the context word right before: "di", "kota", "provinsi" …
    kind: str | None = None  # "admin1" | "town" | "admin3" from a type word or a list it heads
    dateline: bool = False
    title: bool = False
    upper: bool = False  # written in capitals, as datelines are
    sentence_start: bool = False  # capital letter says nothing here
    common_word: bool = False  # one word also written in lower case or a stopword
    person: bool = False  # a nisba or kunya: "Abu Adnan al-Zabadani", "Abu Saleh Tahhan"
    after_name: bool = False  # right after a capitalised word that is not a context word
    before_name: bool = False  # right before one: "Khalid Abdullah", "Ali Pasha"
    given_name: bool = False  # one word that is also a common given name: "Khalid"
    institution: bool = False  # "KBRI Damaskus"
    qualifier: str | None = None  # compass word kept: "timur", "utara", "barat laut"
    direction: str | None = None  # the qualifier's direction, when it follows the name
    listed: bool = False  # in a closed list beside another name found as a place
    peers: tuple[int, ...] = ()  # first words of the other items of its closed list
    media: bool = False  # an outlet's name: "dilansir Al Mayadeen", "harian Tishreen"
    addressee: bool = False  # the one addressed: "kata X kepada Al Mayadeen"
    dateline_tail: bool = False  # after a dateline's place: "Idlib, Suriah", "Damaskus, MINA"
    feature: str | None = None  # a feature-type word before: "kamp", "penyeberangan", "bandara"


#: A field :func:`replaced` leaves as it is.
_KEEP: Final = object()
#: Where the fields :func:`replaced` may set stand in a :class:`Cues`, in its order.
_REPLACED_AT: Final = tuple(
    Cues._fields.index(f)
    for f in ("context", "kind", "after_name", "qualifier", "listed", "peers")
    + ("dateline_tail", "feature")
)


def replaced(
    cue: Cues,
    *,
    context: object = _KEEP,
    kind: object = _KEEP,
    after_name: object = _KEEP,
    qualifier: object = _KEEP,
    listed: object = _KEEP,
    peers: object = _KEEP,
    dateline_tail: object = _KEEP,
    feature: object = _KEEP,
) -> Cues:
    """``cue._replace(...)`` of the fields the context rules set, in compiled code: a named
    tuple's ``_replace`` runs in Python (about 13,000 instructions a call from the parser)."""
    fields: list[object] = list(cue)
    values = (context, kind, after_name, qualifier, listed, peers, dateline_tail, feature)
    for at, value in zip(_REPLACED_AT, values, strict=True):
        if value is not _KEEP:
            fields[at] = value
    out: Cues = _new_tuple(Cues, fields)
    return out


class Around(NamedTuple):
    """What one text gives every name's cues: read once per text by the caller."""

    zones: list[tuple[int, int]]  # dateline zones
    stop: frozenset[str]  # stopwords
    title_len: int
    title_case: bool
    place_ends: set[int]  # last words of the names found as places
    place_starts: set[int]  # … and their first words
    reach: int  # where the last dateline zone ends (-1: none)


def name_cues(tokens: Tokens, match: Match, around: Around, inherited: str | None) -> Cues:
    """The cues of one name (*inherited*: the kind a type word heading its list gives)."""
    zones, stop, title_len, title_case, place_ends, place_starts, reach = around
    start, end, first, last, surface, _ = match
    prev, prev2 = _before(tokens.between, tokens.raws, first)
    prev_low = prev.lower() if prev is not None else ""  # "" is no context, type or other word
    after = tokens.between[last]  # the text after the name (after the last word: the rest)
    nxt = last + 1
    nxt_raw = tokens.raws[nxt] if nxt < len(tokens.raws) else ""
    single = first == last
    low = surface.lower() if single else None
    in_title = start < title_len
    # qualifier, direction: at once for a one-word name before no compass word
    qualifier, direction = (
        _NO_COMPASS if single and nxt_raw.lower() not in COMPASS else _qualifier(tokens, match)
    )
    # the tuple in field order, built as Cues's own __new__ builds it, without its Python frame
    return _new_tuple(
        Cues,
        (
            prev_low if prev_low in CONTEXT_WORDS else None,  # context
            type_kind(tokens, first, prev_low, prev2)  # kind
            or inherited
            or ((after[:1] == "," or nxt_raw.lower() in COPULA_WORDS) and _apposition(tokens, end))
            or None,
            end <= reach and any(s <= start and end <= e for s, e in zones),  # dateline
            in_title,  # title
            surface.isupper(),  # upper
            # sentence_start; a feature's name led by its head ("Pangkalan 46") is no other word
            ((in_title and title_case) or _opens_sentence(tokens, first))
            and (single or tokens.raws[first].lower() not in _PLACE_HEADS),
            # common_word: a lower-case name after its head ("desa taftanaz") is no other use
            single and (low in stop or (low in tokens.words and low != surface)),
            _person(tokens, first, prev, prev2, nxt, after),  # person
            # after_name: "Suriah Aleppo" follows a place, not a name
            prev is not None
            and prev[0].isupper()
            and _after_name(tokens, prev, prev_low, stop)
            and first - 1 not in place_ends,
            nxt_raw[:1].isupper()  # before_name
            and _before_name(tokens, nxt_raw, after, stop)
            and nxt not in place_starts
            # "desa Saida al-Hanout": after a town word, the rest of the place's name
            and not (prev_low in _TOWN_WORDS and tokens.attached[nxt]),
            single and (low in _GIVEN_NAMES or match.entry.key in _GIVEN_KEYS),  # given_name
            prev_low in INSTITUTION_WORDS or prev2 == "Kedutaan",  # institution
            qualifier,
            direction,
            False,  # listed: see context._from_list
            (),  # peers
            prev_low in MEDIA_WORDS,  # media
            prev_low in ADDRESSEE_WORDS,  # addressee
            False,  # dateline_tail: see context.read_cues
            None,  # feature: likewise
        ),
    )


def _before(between: list[str], raws: list[str], first: int) -> tuple[str | None, str | None]:
    """The word right before word *first* and the one before that, each only if spaces alone
    part it from the next (None otherwise)."""
    i = first - 1
    if i < 0 or between[i].strip(" \t"):
        return None, None
    if i and not between[i - 1].strip(" \t"):
        return raws[i], raws[i - 1]
    return raws[i], None


def words_before(between: list[str], raws: list[str], first: int) -> tuple[str, ...]:
    """Up to two words right before word *first*, nearest first, if only spaces part them."""
    prev, prev2 = _before(between, raws, first)
    if prev is None:
        return ()
    return (prev,) if prev2 is None else (prev, prev2)


def type_kind(tokens: Tokens, first: int, word: str, before: str | None) -> str | None:
    """The kind a type word (*word*, lower case) right before the name at word *first* gives,
    *before*: the word before it. A governorate word after a seat word ("ibu kota provinsi Deir
    Ezzor", "ibukota provinsi Idlib", "pusat provinsi X"; cues.tsv role seat) names the seat,
    the town, unless the seat phrase stands in apposition to another name ("Daraa al-Balad, ibu
    kota provinsi Daraa": that name is the seat, the province is named)."""
    kind = TYPE_WORDS.get(word)
    if kind == "admin1" and before is not None and before.lower() in SEAT_WORDS:
        return "admin1" if _seat_apposed(tokens, first - 2) else "town"
    return kind


def _seat_apposed(tokens: Tokens, seat: int) -> bool:
    """A comma stands right before the seat phrase whose seat word is word *seat* ("…, ibu kota
    provinsi X", "…, ibukota provinsi X")."""
    raws, between = tokens.raws, tokens.between
    if seat > 0 and raws[seat - 1].lower() == "ibu" and not between[seat - 1].strip(" \t"):
        seat -= 1  # "ibu kota"
    return seat > 0 and "," in between[seat - 1]


def _apposition(tokens: Tokens, end: int) -> str | None:
    return apposition_kind(tokens.text, end)


def apposition_kind(text: str, end: int) -> str | None:
    """The kind an apposition after a name ending at *end* gives: a town ("Homs, kota di tengah
    Suriah") or a governorate ("Idlib, provinsi barat laut yang dikuasai oposisi")."""
    after = text[end : end + 1]
    if after != ",":  # else white space and a copula word must follow (_APPOSED)
        if not after.isspace():
            return None
        word = text[end : end + _COPULA_REACH].lstrip()[:1]
        if word.isascii() and word and word.lower() not in _COPULA_INITIALS:
            return None  # most names: a space, then no copula word
    if TOWN_APPOSITION.match(text, end):
        return "town"
    if PROVINCE_APPOSITION.match(text, end):
        return "admin1"
    return None


def _opens_sentence(tokens: Tokens, first: int) -> bool:
    """Word *first* opens a sentence: only spaces, quotes and brackets stand between it and the
    text's start or a sentence mark (the word before ends in a letter or digit, never a mark)."""
    if first:
        return tokens.between[first - 1].rstrip(_OPENERS)[-1:] in _SENTENCE_END_MARKS
    return tokens.text[: tokens.starts[0]].rstrip(_OPENERS)[-1:] in _SENTENCE_START_MARKS


def _person(
    tokens: Tokens, first: int, prev: str | None, prev2: str | None, nxt: int, after: str
) -> bool:
    """The name is part of a person's: a kunya before it ("Abu Saleh Tahhan"), a capitalised
    word before its Arabic article ("Abu Adnan al-Zabadani"), or a nisba after it ("Bashar
    al-Assad"). *prev*, *prev2*: the words before (:func:`_before`); *nxt*: the word after.
    After a town or village word the word with the article is the rest of the place's name:
    "desa Saida al-Hanout" (Sayda of the shops) is a village, not a person."""
    if prev is not None:
        prev_low = prev.lower()
        if prev_low in KUNYA_WORDS or (
            prev2 is not None and prev[0].isupper() and prev2.lower() in KUNYA_WORDS
        ):
            return True
        if tokens.attached[first] and prev[0].isupper():
            return prev_low not in CONTEXT_WORDS
        if prev_low in _TOWN_WORDS:
            return False
    if _patronymic(tokens, nxt, after):
        return True  # "Syadad bin Aus", "Umar bin Khattab": a person's name goes on
    # the word after took an Arabic article and follows with spaces or a hyphen alone: a nisba
    return (
        nxt < len(tokens.raws)
        and tokens.attached[nxt]
        and tokens.raws[nxt][0].isupper()
        and after.strip(" \t-") == ""
    )


#: Kunya words that join a person's name to the father's ("son of", "daughter of"; cues.tsv)
_PATRONYMIC: Final = KUNYA_WORDS & frozenset({"bin", "binti", "ibn"})


def _patronymic(tokens: Tokens, nxt: int, after: str) -> bool:
    """The name is followed by "bin"/"binti"/"ibn" and a capitalised word: a person's name."""
    raws = tokens.raws
    return (
        nxt + 1 < len(raws)
        and after.strip(" \t") == ""
        and raws[nxt].lower() in _PATRONYMIC
        and raws[nxt + 1][:1].isupper()
    )


def _after_name(tokens: Tokens, prev: str, low: str, stop: frozenset[str]) -> bool:
    """Right after a capitalised word *prev* (*low* in lower case) that is neither a context
    word nor a common word."""
    if not prev[0].isupper():
        return False
    if low in CONTEXT_WORDS or low in stop or low in tokens.words or low in COMPASS:
        return False
    if low in _FEATURE_HEADS:
        return False  # "Masjid Damaskus", "Penjara Hama": a building of the place
    # "KBRI Damaskus"; acronyms such as "AS" are names of their own
    return low not in INSTITUTION_WORDS and not prev.isupper()


def _before_name(tokens: Tokens, word: str, after: str, stop: frozenset[str]) -> bool:
    """Right before a capitalised word (*word*, after the text *after*) that is neither common
    nor a compass word nor an acronym."""
    if not word[:1].isupper() or word.isupper() or after.strip(" \t"):
        return False
    low = word.lower()
    return not (low in stop or low in tokens.words or low in COMPASS)


_NO_COMPASS: Final[tuple[None, None]] = (None, None)


def _qualifier(tokens: Tokens, match: Match) -> tuple[str | None, str | None]:
    """A compass word inside the name ("Qalamoun timur") or right after it ("Suriah utara")."""
    if match.first != match.last:
        words = match.surface.split()
        for word in (words[-1], words[0]):
            if word.lower() in COMPASS:
                return word, None
    raws, nxt = tokens.raws, match.last + 1
    if nxt >= len(raws) or raws[nxt].lower() not in COMPASS or tokens.gap(match.last, nxt).strip():
        return None, None
    word = raws[nxt].lower()
    if nxt + 1 < len(raws) and not tokens.gap(nxt, nxt + 1).strip():
        pair = COMPASS_PAIRS.get((word, raws[nxt + 1].lower()))
        if pair:
            return f"{raws[nxt]} {raws[nxt + 1]}", pair
    if not raws[nxt][0].isupper():
        return raws[nxt], COMPASS[word]
    return None, None
