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
    taken: set[int] = set()
    chosen = []
    for first, last, what in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
        words = range(first, last + 1)
        if taken.isdisjoint(words):
            taken.update(words)
            chosen.append((first, last, what))
    chosen.sort(key=lambda c: c[0])
    return chosen


def disjoint(found: list[tuple[int, int, T]]) -> bool:
    """Each match starts after the one before it ends: the contest would keep them all, and
    in this order (most texts)."""
    last = -1
    for first, end, _ in found:
        if first <= last:
            return False
        last = end
    return True
