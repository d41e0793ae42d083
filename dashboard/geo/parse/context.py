"""The cues of every name of one text: its own words (:mod:`~dashboard.geo.parse.cues`), a
dateline (:mod:`~dashboard.geo.parse.datelines`), and what a list it stands in says.

Each rule looks at the text next to one :class:`~dashboard.geo.parse.toponyms.Match` and records
what it saw in a :class:`~dashboard.geo.parse.cues.Cues`; :mod:`dashboard.geo.parse.resolve`
turns cues into a place and a confidence. A type word heading a list reaches all its names
("provinsi Homs, Hama dan Idlib"), a context word heading a closed list every item ("desa-desa
Erze, Kafrtun dan Yadgun"). Pure functions of the text and the matches."""

from __future__ import annotations

import re
from typing import Final

from dashboard.geo import lexicon
from dashboard.geo.parse import lists
from dashboard.geo.parse.cues import (
    COUNTRYSIDE,
    TYPE_WORDS,
    Around,
    Cues,
    apposition_kind,
    name_cues,
    replaced,
    type_kind,
    words_before,
)
from dashboard.geo.parse.datelines import dateline_tails, dateline_zones
from dashboard.geo.parse.feature_types import feature_word
from dashboard.geo.parse.tokens import Tokens
from dashboard.geo.parse.toponyms import COMPASS, COMPASS_PAIRS, Match

#: Generic first words of Arabic place names ("Kafr", "Burj", "Ain"): a name of two words or more
#: opening with one is a place name, as if a context word stood before it.
NAME_HEADS: Final = lexicon.cue_words("name_head")

_LIST_SEPARATOR: Final = re.compile(
    r"^\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+|atau\s+|/\s*)$"
)
_CLOSING: Final = re.compile(r"\b(?:dan|serta|atau)\b")
_WITH: Final = re.compile(r"\s+dengan\s+(?:provinsi\s+)?", re.IGNORECASE)  # "X dengan (provinsi) Y"
#: Words for a border between two places of one kind (cues.tsv role `border`: "perbatasan").
BORDER_WORDS: Final = lexicon.cue_words("border")
_MODIFIER_FORMS: Final = frozenset(
    f for w in lists.MODIFIERS for f in (w, w.capitalize(), w.upper())
)
#: What may stand before a modifier that heads a name: "kota kecil X", "pangkalan angkatan udara X"
_MODIFIED: Final = lists.CONTEXT_WORDS | lists.MODIFIERS
#: Lower-case compass words and the second words of compass pairs ("barat laut").
_COMPASS: Final = frozenset(COMPASS) | frozenset(second for _, second in COMPASS_PAIRS)
#: Countryside words ("pedesaan", "gurun"), as a text may write them.
_COUNTRYSIDE_FORMS: Final = frozenset(
    form for w, k in TYPE_WORDS.items() if k == COUNTRYSIDE for form in (w, w.capitalize())
)
#: Adjectives and compass words as a text may write them ("provinsi Utara Idlib").
_ADJECTIVE_FORMS: Final = frozenset(
    f for w in lists.ADJECTIVES for f in (w, w.capitalize(), w.upper())
)
_JOINER_FORMS: Final = frozenset(f for w in lists.JOINERS for f in (w, w.capitalize(), w.upper()))


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
    around = Around(zones, stop, title_len, title_case, place_ends, place_starts, reach)
    tails = (  # "Damaskus, MINA -": what follows a dateline's place
        dateline_tails(
            tokens.text, zones, [(m.start, m.end) for m in matches if not m.entry.blocker]
        )
        if zones
        else frozenset()
    )
    cues: list[Cues] = []
    kind = None  # the kind of the name before
    countryside = not _COUNTRYSIDE_FORMS.isdisjoint(tokens.words)  # "pedesaan", "gurun"
    for n, match in enumerate(matches):
        kind = _inherited_kind(tokens, matches, cues, n) if kind else None
        if match.entry.blocker:
            cue = Cues(None, _kind_before(tokens, match, kind))
        else:
            cue = name_cues(tokens, match, around, kind)
            if countryside and cue.context is None and tokens.raws[match.first - 1] in _COMPASS:
                cue = _over_compass(tokens, match, cue)  # "gurun timur Homs"
            if match.first > 1 and tokens.raws[match.first - 1] in _ADJECTIVE_FORMS:
                cue = _over_adjectives(tokens, match, cue)  # "provinsi utara Idlib"
            if cue.context is None and _listy(tokens, match):
                cue = _from_list(tokens, match, cue, place_starts)
            if cue.context is None and match.last > match.first:
                head = tokens.raws[match.first].lower()
                if head in NAME_HEADS:
                    cue = replaced(cue, context=head)  # "Ain Dakna", "Kafr Haleb"
            if match.start in tails:
                cue = replaced(cue, dateline_tail=True)
            if match.first and (word := feature_word(tokens, match)) is not None:
                cue = replaced(cue, feature=word)  # "kamp X", "pangkalan udara X"
        cues.append(cue)
        kind = cue.kind
    return cues


def _over_compass(tokens: Tokens, match: Match, cue: Cues) -> Cues:
    """A countryside word before a compass word before the name ("gurun timur Homs", "pedesaan
    barat laut Idlib") reads over it: the word's kind, the compass word as qualifier."""
    raws, between, first = tokens.raws, tokens.between, match.first
    at = first - 1
    if at < 1:
        return cue
    if at > 1 and (raws[at - 1].lower(), raws[at]) in COMPASS_PAIRS:
        at -= 1  # "barat laut"
    head = raws[at - 1].lower()
    if TYPE_WORDS.get(head) != COUNTRYSIDE or any(
        between[i].strip(" \t") for i in range(at - 1, first)
    ):
        return cue
    qualifier = " ".join(raws[at:first])
    return replaced(cue, context=head, kind=COUNTRYSIDE, qualifier=qualifier)


def _over_adjectives(tokens: Tokens, match: Match, cue: Cues) -> Cues:
    """A governorate or town word before adjectives before the name reads over them: "provinsi
    pusat Homs" and "provinsi barat laut Idlib" are governorates (the compass word says where
    the governorate lies, not which part of it), "kota pelabuhan Latakia" the city."""
    head = lists.type_over_adjectives(tokens.raws, tokens.between.__getitem__, match.first)
    if head is None:
        return cue
    return replaced(cue, context=head, kind=TYPE_WORDS[head], after_name=False)


def _listy(tokens: Tokens, match: Match) -> bool:
    """Cheap test: an item may stand beside the name (a comma or a conjunction, then a capital),
    or an adjective before it; else no list rule applies."""
    raws, between, first, last = tokens.raws, tokens.between, match.first, match.last
    if first and (raws[first - 1] in _JOINER_FORMS or between[first - 1][:1] == ","):
        return True
    if first > 2 and raws[first - 1] in lists.INTRODUCERS:
        return True  # "kota-kota Suriah seperti X", one item or more
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
        return replaced(cue, context=head, kind=kind, after_name=False)  # "Kota Kecil X"
    others = tuple(f for f, _ in found.items if f != match.first)
    if cue.context is None and match.first != found.items[0][0]:
        own = lists.head_word(tokens.raws, gap, match.first)  # "…, dan kota kecil X"
        if own is not None:
            kind = cue.kind or TYPE_WORDS.get(own)
            cue = replaced(cue, context=own, kind=kind, after_name=False)
    if cue.given_name and match.first and tokens.raws[match.first - 1].lower() in lists.JOINERS:
        # a given name keeps its doubt in a list: "desa Kafr Nabl dan Khalid, aktivis itu"
        return replaced(cue, context=None, kind=None, peers=others)
    listed = any(f in place_starts for f in others)
    if cue.context or found.head is None:
        return replaced(cue, listed=listed, peers=others)
    kind = cue.kind or TYPE_WORDS.get(found.head)
    # the head reaches the first item over its adjectives, capitalised as a faith or a people
    # is ("desa-desa Kristen X, Y dan Z"): the word before X is no person's name
    return replaced(
        cue, context=found.head, kind=kind, listed=listed, peers=others, after_name=False
    )


def _inherited_kind(tokens: Tokens, matches: list[Match], cues: list[Cues], n: int) -> str | None:
    """A type word covers a closed list ("provinsi Homs, Hama dan Idlib") and the other side of
    a border ("perbatasan provinsi Hama dengan Homs": a border joins two of one kind)."""
    if n == 0 or cues[n - 1].kind is None:
        return None
    if _in_list(tokens.text, matches, n) or _border_pair(tokens, matches[n - 1], matches[n]):
        return cues[n - 1].kind
    return None


def _border_pair(tokens: Tokens, before: Match, match: Match) -> bool:
    """ "perbatasan <type word> X dengan Y": *match* is Y, *before* X."""
    if not _WITH.fullmatch(tokens.text, before.end, match.start):
        return False
    words = words_before(tokens.between, tokens.raws, before.first)
    return len(words) == 2 and words[1].lower() in BORDER_WORDS and words[0].lower() in TYPE_WORDS


def _in_list(text: str, matches: list[Match], n: int) -> bool:
    """Match n continues an enumeration that some "dan"/"serta"/"atau" closes.

    "Provinsi Idlib, Aleppo, sejak Kamis" is no list: the comma may be an apposition. Match n
    must be joined to match n - 1, whose kind it would inherit: in "kota Latakia dari beberapa
    provinsi, termasuk Hama, Homs dan Idlib" the list after Latakia is another list.
    """
    if n == 0 or not _LIST_SEPARATOR.match(text[matches[n - 1].end : matches[n].start]):
        return False
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
    before = words_before(tokens.between, tokens.raws, match.first)
    kind = (
        type_kind(tokens, match.first, before[0].lower(), before[1] if len(before) > 1 else None)
        if before
        else None
    )
    kind = kind or inherited
    # "Homs, kota di tengah Suriah", "Idlib, provinsi barat laut"
    return kind or apposition_kind(tokens.text, match.end)
