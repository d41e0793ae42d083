"""The longest-match contest between names found over the same words.

The automaton reports every key that matches, so "Ghouta" and "Ghouta Timur", or a place inside a
not-a-place phrase ("Syam" in "Ahrar Syam"), come out together. The longest match wins, the
leftmost of equals; a match sharing a word with one taken is dropped. Matches are (first word,
last word, what matched) triples, reported by the automaton in the order of their ends."""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


def contest(found: list[tuple[int, int, T]]) -> list[tuple[int, int, T]]:
    """Longest first, then leftmost; a match sharing a word with one taken is dropped. The
    result is in text order."""
    # sorted by (first - last, first) with ties in the order found, as a stable sort by that
    # key would: the index breaks ties, so the tuples sort in C without a key call each
    order = sorted([(f[0] - f[1], f[0], i) for i, f in enumerate(found)])
    taken: set[int] = set()
    kept: list[tuple[int, int]] = []  # (first word, index): taken matches share no first word
    for _, first, i in order:
        last = found[i][1]
        if first in taken or last in taken:
            continue  # most losers share an end word: no walk over the words between
        if first == last or _free(taken, first + 1, last):
            taken.update(range(first, last + 1))
            kept.append((first, i))
    kept.sort()
    return [found[i] for _, i in kept]


def _free(taken: set[int], first: int, last: int) -> bool:
    """No word first..last-1 is taken (a loop, not a generator over a range: compiled, it
    makes no objects)."""
    for w in range(first, last):
        if w in taken:
            return False
    return True


def disjoint(found: list[tuple[int, int, T]]) -> bool:
    """Each match starts after the one before it ends: the contest would keep them all, and
    in this order (most texts)."""
    last = -1
    for first, end, _ in found:
        if first <= last:
            return False
        last = end
    return True
