"""What the words around a name say about it: Indonesian context words, datelines, qualifiers.

Each rule looks at the text next to one :class:`~dashboard.geo.parse.toponyms.Match` and records
what it saw in a :class:`Cues`; :mod:`dashboard.geo.parse.resolve` turns cues into a place and a
confidence. Pure functions of the text and the matches."""

from __future__ import annotations

import re
from typing import NamedTuple

from dashboard.geo import lexicon
from dashboard.geo.parse import lists
from dashboard.geo.parse.tokens import Tokens
from dashboard.geo.parse.toponyms import COMPASS, COMPASS_PAIRS, Match

#: Context words (cues.tsv): right before a name they say a place follows ("di Idlib", "kota Hama");
#: type words also say which kind of place: the governorate or the town itself.
TYPE_WORDS = lexicon.cue_values("type")
CONTEXT_WORDS = lexicon.cue_words("context", "type")
#: Words before a name that make it the seat of an institution ("KBRI Damaskus"): still a
#: mention of the place, never what the article is about.
INSTITUTION_WORDS = lexicon.cue_words("institution")
#: Words that open an Arabic personal name: what follows is a person, not a place.
KUNYA_WORDS = lexicon.cue_words("kunya")
#: Generic first words of Arabic place names ("Kafr", "Burj", "Ain"): a name of two words or more
#: opening with one is a place name, as if a context word stood before it.
NAME_HEADS = lexicon.cue_words("name_head")

_LIST_SEPARATOR = re.compile(r"^\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+|atau\s+|/\s*)$")
_CLOSING = re.compile(r"\b(?:dan|serta|atau)\b")
_TOWN_APPOSITION = re.compile(
    r",\s*(?:sebuah\s+|salah\s+satu\s+)?(?:kota|ibu\s?kota|desa)\b", re.IGNORECASE
)
_SENTENCE_END = frozenset(".!?:\n")
_OPENERS = " \t\"“'‘(["  # what may stand between a sentence mark and the word opening the sentence
#: The last character before a word that opens a sentence: a mark; also none at the text's start.
_SENTENCE_END_MARKS = tuple(_SENTENCE_END)
_SENTENCE_START_MARKS = (*_SENTENCE_END_MARKS, "")
_MODIFIER_FORMS = frozenset(f for w in lists.MODIFIERS for f in (w, w.capitalize(), w.upper()))
#: What may stand before a modifier that heads a name: "kota kecil X", "pangkalan angkatan udara X"
_MODIFIED = CONTEXT_WORDS | lists.MODIFIERS
_JOINER_FORMS = frozenset(f for w in lists.JOINERS for f in (w, w.capitalize(), w.upper()))
_GIVEN_NAMES = lexicon.given_names()
_DATELINE = re.compile(
    r"""^[ \t]*
    (?:(?i:(?:[\w-]+\.)+(?:com|net|org|co|id))\.?[ \t]*,[ \t]*)?   # outlet before: "KIBLAT.NET, "
    (?P<zone>[^\W\d_][^\n,()\-–—:|]{0,40}?(?:[ \t]*,[ \t]*[^\W\d_][^\n,()\-–—:|]{0,40}?)?)
    [ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?                          # "(Arrahmah.id)"
    (?:-{1,2}|–|—|:)[ \t]""",
    re.VERBOSE,
)
_DATELINE_LINE = re.compile(r"^[ \t]*(?P<zone>[^\W\d_][\w ]{1,30}),[ \t]*[\w .]{2,30}[ \t]*$")
_DATELINE_REACH = 1200  # datelines open the body, after a byline, a date or a photo caption
_DATELINE_HEAD = 100  # … and end within this many characters of their line's start
_DATELINE_MARKS = re.compile(r"[-–—:,]")
#: What a line must hold for either dateline pattern to match it: the mark that ends a
#: _DATELINE ("- ", ": "), the one comma of a _DATELINE_LINE. Most lines hold neither, and
#: _DATELINE's lazy, nested repeats try hundreds of ways to fail on a long line.
_DATELINE_END = re.compile(r"[-–—:][ \t]")


_new_tuple = tuple.__new__  # what a NamedTuple's __new__ calls with its fields in order


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


def dateline_zones(text: str, title_len: int) -> list[tuple[int, int]]:
    """Character spans of dateline places near the start of the body ("DAMASKUS -")."""
    zones = []
    pos = title_len
    for line in text[title_len : title_len + _DATELINE_REACH].split("\n"):
        head = line[:_DATELINE_HEAD]
        if head.strip() and _DATELINE_MARKS.search(head):
            m = _dateline_match(line)
            words = m.group("zone").replace(",", " ").split() if m else ()
            if m and all(w.lstrip("'’‘`ʼʿ")[:1].isupper() for w in words):
                zones.append((pos + m.start("zone"), pos + m.end("zone")))
        pos += len(line) + 1
    return zones


def _dateline_match(line: str) -> re.Match[str] | None:
    """_DATELINE's match of *line*, else _DATELINE_LINE's; a cheap test first for each."""
    m = _DATELINE.match(line) if _DATELINE_END.search(line) else None
    if m is None and line.count(",") == 1:
        m = _DATELINE_LINE.match(line)
    return m


def read_cues(
    tokens: Tokens, matches: list[Match], *, title_len: int, title_case: bool
) -> list[Cues]:
    """The cues of every match, in order; a type word heading a list reaches all its names.

    A not-a-place phrase gets its kind only: the resolver drops it, but a type word before it
    may still head a list that goes on to the next name."""
    zones = dateline_zones(tokens.text, title_len)
    stop = lexicon.stopwords()
    place_ends = {m.last for m in matches if not m.entry.blocker}
    place_starts = {m.first for m in matches if not m.entry.blocker}
    reach = max(e for _, e in zones) if zones else -1  # no dateline name ends after this
    around = (zones, stop, title_len, title_case, place_ends, place_starts, reach)
    cues: list[Cues] = []
    kind = None  # the kind of the name before
    for n, match in enumerate(matches):
        kind = _inherited_kind(tokens, matches, cues, n) if kind else None
        if match.entry.blocker:
            cue = Cues(None, _kind_before(tokens, match, kind))
        else:
            cue = _cues_for(tokens, match, around, kind)
            if cue.context is None and _listy(tokens, match):
                cue = _from_list(tokens, match, cue, place_starts)
            if cue.context is None and match.last > match.first:
                head = tokens.raws[match.first].lower()
                if head in NAME_HEADS:
                    cue = cue._replace(context=head)  # "Ain Dakna", "Kafr Haleb"
        cues.append(cue)
        kind = cue.kind
    return cues


def _listy(tokens: Tokens, match: Match) -> bool:
    """Cheap test: an item may stand beside the name (a comma or a conjunction, then a capital),
    or an adjective before it; else no list rule applies."""
    raws, between, first, last = tokens.raws, tokens.between, match.first, match.last
    if first and (raws[first - 1] in _JOINER_FORMS or between[first - 1][:1] == ","):
        return True
    if first > 1 and raws[first - 1] in _MODIFIER_FORMS and raws[first - 2].lower() in _MODIFIED:
        return True  # "kota kecil X"; not "pengungsi Suriah" with no context word before
    nxt = last + 1
    if nxt + 1 < len(raws) and raws[nxt] in _JOINER_FORMS:
        return raws[nxt + 1][:1].isupper()
    return nxt < len(raws) and between[last][:1] == "," and raws[nxt][:1].isupper()


def _from_list(tokens: Tokens, match: Match, cue: Cues, place_starts: set[int]) -> Cues:
    """What a list says of its items: the head word of a closed list reaches every item
    ("desa-desa Erze, Kafrtun dan Yadgun", "penyeberangan Qusayr dan Dabousiya"); an item beside
    another found place is *listed*; "kota kecil X" reads "kota" over the adjective."""
    gap = tokens.between.__getitem__
    found = lists.list_around(tokens.raws, gap, match.first, match.last)
    if found is None or not found.closed:
        head = None if cue.context else lists.head_word(tokens.raws, gap, match.first)
        if head is None:
            return cue
        kind = cue.kind or TYPE_WORDS.get(head)
        return cue._replace(context=head, kind=kind, after_name=False)  # "Kota Kecil X"
    others = tuple(f for f, _ in found.items if f != match.first)
    if cue.given_name and match.first and tokens.raws[match.first - 1].lower() in lists.JOINERS:
        # a given name keeps its doubt in a list: "desa Kafr Nabl dan Khalid, aktivis itu"
        return cue._replace(context=None, kind=None, peers=others)
    listed = any(f in place_starts for f in others)
    if cue.context or found.head is None:
        return cue._replace(listed=listed, peers=others)
    kind = cue.kind or TYPE_WORDS.get(found.head)
    return cue._replace(context=found.head, kind=kind, listed=listed, peers=others)


def _inherited_kind(tokens: Tokens, matches: list[Match], cues: list[Cues], n: int) -> str | None:
    """A type word covers a closed list: "provinsi Homs, Hama dan Idlib"."""
    if n == 0 or cues[n - 1].kind is None or not _in_list(tokens.text, matches, n):
        return None
    return cues[n - 1].kind


def _in_list(text: str, matches: list[Match], n: int) -> bool:
    """Match n continues an enumeration that some "dan"/"serta"/"atau" closes.

    "Provinsi Idlib, Aleppo, sejak Kamis" is no list: the comma may be an apposition.
    """
    gaps = []
    k = n
    while k > 0 and _LIST_SEPARATOR.match(gap := text[matches[k - 1].end : matches[k].start]):
        gaps.append(gap)
        k -= 1
    k = n
    while k + 1 < len(matches) and _LIST_SEPARATOR.match(
        gap := text[matches[k].end : matches[k + 1].start]
    ):
        gaps.append(gap)
        k += 1
    return bool(gaps) and any(_CLOSING.search(g) for g in gaps)


def _kind_before(tokens: Tokens, match: Match, inherited: str | None) -> str | None:
    """The kind a type word right before the name gives ("provinsi"), else the one inherited."""
    before = _words_before(tokens.between, tokens.raws, match.first)
    kind = TYPE_WORDS.get(before[0].lower()) if before else None
    kind = kind or inherited
    if kind is None and _TOWN_APPOSITION.match(tokens.text, match.end):
        kind = "town"  # "Homs, kota di tengah Suriah"
    return kind


def _cues_for(
    tokens: Tokens,
    match: Match,
    around: tuple[list[tuple[int, int]], frozenset[str], int, bool, set[int], set[int], int],
    inherited: str | None,
) -> Cues:
    """*around*: dateline zones, stopwords, title length, title case, place ends and starts, the
    end of the last dateline zone.

    One pass over the words around the name, helpers inlined: it runs for every name found."""
    zones, stop, title_len, title_case, place_ends, place_starts, reach = around
    start, end, first, last, surface, _ = match
    raws, between, attached = tokens.raws, tokens.between, tokens.attached
    i = first - 1  # the word before, if only spaces part it from the name, and the one before it
    prev = prev_low = prev2 = None
    if i >= 0 and not between[i].strip(" \t"):
        prev = raws[i]
        prev_low = prev.lower()
        if i and not between[i - 1].strip(" \t"):
            prev2 = raws[i - 1]
    in_title = start < title_len
    kind = TYPE_WORDS.get(prev_low) or inherited  # type: ignore[arg-type]
    after = between[last]  # the text after the name (after the last word: the rest)
    if kind is None and after[:1] == "," and _TOWN_APPOSITION.match(tokens.text, end):
        kind = "town"  # "Homs, kota di tengah Suriah"
    single = first == last
    nxt = last + 1
    try:
        nxt_raw = raws[nxt]
    except IndexError:  # the name ends the text
        nxt_raw = ""
    if single and nxt_raw.lower() not in COMPASS:
        qualifier = direction = None  # the common case, without the call
    else:
        qualifier, direction = _qualifier(tokens, match)
    low = surface.lower() if single else None
    if i >= 0:  # what opens a sentence: a mark, then only spaces, quotes and brackets
        opens = between[i].rstrip(_OPENERS)[-1:] in _SENTENCE_END_MARKS
    else:
        opens = tokens.text[:start].rstrip(_OPENERS)[-1:] in _SENTENCE_START_MARKS
    if prev is None:  # a nisba or kunya (tests/test_geo_fast.py has the plain reference)
        person = bool(nxt_raw) and attached[nxt] and _nisba_next(nxt_raw, after)
    elif prev_low in KUNYA_WORDS or (
        prev2 is not None and prev[0].isupper() and prev2.lower() in KUNYA_WORDS
    ):
        person = True
    elif attached[first] and prev[0].isupper():
        person = prev_low not in CONTEXT_WORDS
    else:
        person = bool(nxt_raw) and attached[nxt] and _nisba_next(nxt_raw, after)
    # the tuple in field order, built as Cues's own __new__ builds it, without its Python frame
    return _new_tuple(
        Cues,
        (
            prev_low if prev_low in CONTEXT_WORDS else None,  # context
            kind,
            end <= reach and any(s <= start and end <= e for s, e in zones),  # dateline
            in_title,  # title
            surface.isupper(),  # upper
            opens or (in_title and title_case),  # sentence_start
            single and (low in tokens.words or low in stop),  # common_word
            person,
            # after_name: "Suriah Aleppo" follows a place, not a name
            prev_low is not None
            and prev is not None
            and prev[0].isupper()
            and _after_name(tokens, prev, prev_low, stop)
            and i not in place_ends,
            nxt_raw[:1].isupper()  # before_name
            and _before_name(tokens, nxt_raw, after, stop)
            and nxt not in place_starts,
            single and low in _GIVEN_NAMES,  # given_name
            prev_low in INSTITUTION_WORDS or prev2 == "Kedutaan",  # institution
            qualifier,
            direction,
            False,  # listed: see _from_list
            (),  # peers
        ),
    )


def _nisba_next(nxt_raw: str, after: str) -> bool:
    """The word after a name, which took an Arabic article, is a nisba: "Bashar al-Assad"."""
    return nxt_raw[0].isupper() and after.strip(" \t-") == ""


def _words_before(between: list[str], raws: list[str], first: int) -> tuple[str, ...]:
    """Up to two words right before word *first*, nearest first, if only spaces part them."""
    i = first - 1
    if i < 0 or between[i].strip(" \t"):
        return ()
    if i < 1 or between[i - 1].strip(" \t"):
        return (raws[i],)
    return (raws[i], raws[i - 1])


def _opens_sentence(tokens: Tokens, first: int) -> bool:
    """Word *first* opens a sentence: only spaces, quotes and brackets stand between it and the
    text's start or a sentence mark (the word before ends in a letter or digit, never a mark)."""
    if first:
        return tokens.between[first - 1].rstrip(_OPENERS)[-1:] in _SENTENCE_END_MARKS
    return tokens.text[: tokens.starts[0]].rstrip(_OPENERS)[-1:] in _SENTENCE_START_MARKS


def _before_name(tokens: Tokens, word: str, after: str, stop: frozenset[str]) -> bool:
    """Right before a capitalised word (*word*, after the text *after*) that is neither common
    nor a compass word nor an acronym."""
    if word.isupper() or after.strip(" \t"):
        return False
    low = word.lower()
    return not (low in stop or low in tokens.words or low in COMPASS)


def _after_name(tokens: Tokens, prev: str, low: str, stop: frozenset[str]) -> bool:
    """Right after a capitalised word *prev* (*low* in lower case) that is neither a context
    word nor a common word."""
    if low in CONTEXT_WORDS or low in stop or low in tokens.words or low in COMPASS:
        return False
    # "KBRI Damaskus"; acronyms such as "AS" are names of their own
    return low not in INSTITUTION_WORDS and not prev.isupper()


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
