"""What the items of one closed list say of each other's readings.

A list names places of one kind for one reason ("dari Ain Issa dan Tel Tamer", "antara Homs dan
Palmira", crossings along a border): a governorate seat listed beside a plain town is the town
too, and items far apart are no evidence against each other (a family fled from both; crossings
lie along a border). The lists are those :mod:`dashboard.geo.parse.context` found: each item
after the first records the first words of the others (``Cues.peers``); here they are joined so
every item knows its list. Pure functions of the matches and their cues.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Callable, Collection, Sequence
from itertools import compress
from typing import Final

from dashboard.geo.parse.cues import Cues
from dashboard.geo.parse.lists import GOVERNORATE_WORDS
from dashboard.geo.parse.sentences import MAX_SENTENCE, sentence_end, sentence_start
from dashboard.geo.parse.toponyms import Match
from dashboard.model import Place

SEATS: Final = frozenset(
    {"PPLA", "PPLC"}
)  # feature codes of a governorate's seat (and the capital)
#: A list of this many governorate names or more, most of its items, in a sentence that speaks
#: of provinces (or after one) names governorates: "… di delapan provinsi. Kawasan itu mencakup
#: Idlib, Latakia, Aleppo, Hama, Homs, Ghouta Timur, Deraa dan Quneitra".
MIN_GOVERNORATES: Final = 3
_GOVERNORATE_WORD: Final = re.compile(
    r"\b(?:" + "|".join(sorted(GOVERNORATE_WORDS)) + r")\b", re.IGNORECASE
)  # "provinsi", "kegubernuran"; also "provinsi-provinsi"
_MATCH, _CUES = operator.itemgetter(0), operator.itemgetter(1)  # of a (match, cues) pair
_FIRST: Final = operator.itemgetter(Match._fields.index("first"))
_PEERS: Final = operator.itemgetter(Cues._fields.index("peers"))


def list_groups(live: Sequence[tuple[Match, Cues]]) -> dict[int, set[int]]:
    """First word of each listed name → the first words of every name of its list."""
    groups: dict[int, set[int]] = {}
    for m, c in compress(live, map(_PEERS, map(_CUES, live))):  # in C: most names have none
        members = {m.first, *c.peers}
        for first in tuple(members):
            members |= groups.get(first, set())
        for first in members:
            groups[first] = members
    return groups


def only_each_other(live: Sequence[tuple[Match, Cues]], sure_keys: Collection[str]) -> set[int]:
    """First words of the listed names whose article names no sure place (of *sure_keys*, the
    names of the article's anchors) outside their own list."""
    key_at = {m.first: m.entry.key for m, _ in live}
    sure = set(sure_keys)
    return {
        first
        for first, members in list_groups(live).items()
        if sure <= {key_at.get(f) for f in members}
    }


def towns_by_their_list(
    live: Sequence[tuple[Match, Cues]],
    kinds: list[str | None],
    candidates: Callable[[Match], Sequence[Place]],
) -> list[str | None]:
    """*kinds* with "town" for a bare name that may be a governorate ("Homs") listed beside a
    plain town, one no governorate is named after ("antara Homs dan Palmira")."""
    groups = list_groups(live)
    if not groups:
        return kinds
    firsts = list(map(_FIRST, map(_MATCH, live)))  # in text order: found by bisection
    at = {
        f: n
        for f in groups
        if (n := bisect.bisect_left(firsts, f)) < len(firsts) and firsts[n] == f
    }
    bare = [n for n in at.values() if kinds[n] is None]  # listed names without a type word
    seats = [n for n in bare if governorate_reading(candidates(live[n][0]))]
    if not seats:
        return kinds
    out = list(kinds)
    for n in seats:
        others = (at[f] for f in groups[live[n][0].first] if f in at and at[f] != n)
        if any(k in bare and _plain_town(candidates(live[k][0])) for k in others):
            out[n] = "town"
    return out


def governorate_reading(places: Sequence[Place]) -> bool:
    """Some reading of the name is a governorate."""
    return any(p.kind == "admin1" for p in places)


def _plain_town(places: Sequence[Place]) -> bool:
    """The name's best reading is a Syrian town that is no governorate's seat, and no governorate
    bears the name."""
    top = places[0] if places else None
    return (
        top is not None
        and top.in_syria
        and top.kind == "populated_place"
        and top.feature_code not in SEATS
        and not governorate_reading(places)
    )


def governorates_by_their_list(
    live: Sequence[tuple[Match, Cues]],
    kinds: list[str | None],
    candidates: Callable[[Match], Sequence[Place]],
    text: str,
    provinces: frozenset[str] = frozenset(),
) -> list[str | None]:
    """*kinds* with "admin1" for the bare governorate names of a closed list that names
    governorates: at least :data:`MIN_GOVERNORATES` of them, more than half its items, and a
    governorate word ("provinsi", "kegubernuran") in the list's sentence or the one before, or
    an item the article calls a province elsewhere (*provinces*: the keys of names read after
    "provinsi"): "di Latakia, Tartus dan Homs" where the text says "provinsi Latakia"."""
    groups = list_groups(live)
    if not groups:
        return kinds
    at = {m.first: n for n, (m, _) in enumerate(live)}
    out = list(kinds)
    for members in {id(g): g for g in groups.values()}.values():
        items = sorted(at[f] for f in members if f in at)
        named = [n for n in items if _names_a_governorate(candidates(live[n][0]))]
        if len(named) < MIN_GOVERNORATES or 2 * len(named) <= len(items):
            continue
        called = any(live[n][0].entry.key in provinces for n in named)
        if not called and not _speaks_of_provinces(
            text, live[items[0]][0].start, live[items[-1]][0].end
        ):
            continue
        for n in named:
            if out[n] is None:
                out[n] = "admin1"
    return out


def _names_a_governorate(places: Sequence[Place]) -> bool:
    """Some reading of the name is a governorate, or its best reading a governorate's seat,
    which names its governorate ("Deraa" as the seat Daraa)."""
    return governorate_reading(places) or bool(
        places and places[0].in_syria and places[0].feature_code in SEATS
    )


def _speaks_of_provinces(text: str, start: int, end: int) -> bool:
    """A governorate word stands in the sentence of text[start:end] or in the one before it."""
    lo = max(0, start - 2 * MAX_SENTENCE)
    first = sentence_start(text, start, lo)
    if first > lo:  # the sentence before, too
        first = sentence_start(text, first, lo)
    return _GOVERNORATE_WORD.search(text, max(first, lo), sentence_end(text, end)) is not None
