"""A pattern's matches found from the words they start with, not by trying every position.

Python's ``re`` tries a pattern that starts with ``\\b`` and a case-insensitive alternation
("Senin|Selasa|…", "dilansir|mengutip|…") at every character of the text, which costs more than
everything else it does on an article. :class:`WordScan` finds where one of those words starts
(one Aho-Corasick pass over the lower-cased text) and tries the pattern there only: the same
matches as ``pattern.finditer``, since every match starts with one of the words. Lower-casing
keeps every position but for "İ" (two characters once lower-cased: such a text is scanned the
slow way), and the two letters ``re`` also takes for ASCII ones ("ſ" for s, "ı" for i) are folded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import ahocorasick

__all__ = ["CharScan", "WordScan"]


class WordScan:
    """``pattern.finditer`` / ``pattern.search``, tried only where one of ``words`` starts (any
    case), and where a match of ``also`` starts (a number: ``\\d+``). Every match of ``pattern``
    must start with one of ``words`` or where ``also`` finds a match."""

    def __init__(
        self, pattern: re.Pattern[str], words: Iterable[str], also: re.Pattern[str] | None = None
    ):
        self.pattern, self.also = pattern, also
        self.automaton = ahocorasick.Automaton()
        for word in {w.lower() for w in words}:
            self.automaton.add_word(word, len(word))
        self.automaton.make_automaton()

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if "İ" in text:  # lower-cased, it is two characters: positions would shift
            yield from self.pattern.finditer(text)
            return
        folded = text.lower()
        if "ſ" in folded or "ı" in folded:
            folded = folded.replace("ſ", "s").replace("ı", "i")
        found = {end - n + 1 for end, n in self.automaton.iter(folded)}
        if self.also is not None:
            found.update(m.start() for m in self.also.finditer(text))
        starts = sorted(found)
        after = 0  # as finditer: the next match starts where the last one ended, or later
        for start in starts:
            if start >= after and (m := self.pattern.match(text, start)) is not None:
                yield m
                after = m.end()

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)


class CharScan:
    """``pattern.finditer``, tried only where ``first`` (a character class) matches: ``re``
    skips to such a character at C speed, where a pattern that starts with an optional group
    is tried at every character. Every match of ``pattern`` must start with one of them."""

    def __init__(self, pattern: re.Pattern[str], first: str):
        self.pattern, self.first = pattern, re.compile(first)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        after = 0  # as finditer: the next match starts where the last one ended, or later
        for candidate in self.first.finditer(text):
            start = candidate.start()
            if start >= after and (m := self.pattern.match(text, start)) is not None:
                yield m
                after = m.end()
