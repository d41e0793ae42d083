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

import functools
import importlib
import re
from collections.abc import Iterable, Iterator

import ahocorasick

__all__ = ["CharScan", "WordScan", "first_words"]


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
        folded = _folded(text)
        if folded is None:  # "İ" lower-cased is two characters: positions would shift
            yield from self.pattern.finditer(text)
            return
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


@functools.lru_cache(maxsize=2)  # the scans of one text (dates, sources, eras) fold it once
def _folded(text: str) -> str | None:
    """The text lower-cased, the two letters ``re`` also takes for ASCII ones folded; None
    when a letter lower-cases to two characters."""
    if "İ" in text:
        return None
    folded = text.lower()
    if "ſ" in folded or "ı" in folded:
        folded = folded.replace("ſ", "s").replace("ı", "i")
    return folded


class CharScan:
    """``pattern.finditer``, tried only where ``first`` (a character class) matches: ``re``
    skips to such a character at C speed, where a pattern that starts with an optional group
    is tried at every character. Every match of ``pattern`` must start with one of them, or
    ``back`` characters before one (``first`` a rare character inside every match: "/" in
    "7/2", tried from 2 and then 1 character before it)."""

    def __init__(self, pattern: re.Pattern[str], first: str, back: tuple[int, ...] = (0,)):
        self.pattern, self.first, self.back = pattern, re.compile(first), back

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        after = 0  # as finditer: the next match starts where the last one ended, or later
        for candidate in self.first.finditer(text):
            for back in self.back:
                start = candidate.start() - back
                if start >= after and (m := self.pattern.match(text, start)) is not None:
                    yield m
                    after = m.end()
                    break


#: The longest start :func:`first_words` gives (a shorter start is as good a place to try).
_LONGEST = 12


def first_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-cased ASCII starts, one of which begins every match of ``pattern``, read from
    the pattern's own parse (look-behinds and ``\\b`` consume nothing, an optional group adds
    what follows it); None when it cannot tell (a class, a non-ASCII letter, an empty match),
    and then the pattern must be tried everywhere."""
    try:
        parser = importlib.import_module("re._parser")  # the parse re compiles: only read here
        found = _starts(list(parser.parse(pattern.pattern, pattern.flags).data), _LONGEST)
    except Exception:  # noqa: BLE001 - another Python's parse: fall back to the plain search
        return None
    return frozenset(word.lower() for word in found) if found else None


def _starts(items: list, room: int) -> set[str] | None:
    c = importlib.import_module("re._constants")

    for i, (op, av) in enumerate(items):
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # consumes nothing
        rest = items[i + 1 :]
        if op is c.LITERAL:
            if not chr(av).isascii():
                return None
            more = _starts(rest, room - 1) if room > 1 else None
            return {chr(av) + word for word in more} if more else {chr(av)}
        if op is c.SUBPATTERN:
            return _starts([*av[-1].data, *rest], room)
        if op is c.BRANCH:
            return _union([[*branch.data, *rest] for branch in av[1]], room)
        if op is c.IN and all(kind is c.LITERAL for kind, _ in av):
            return _union([[(c.LITERAL, value), *rest] for _, value in av], room)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            least, _, body = av
            once = _starts(list(body.data), room)  # alone: another repeat may follow it
            if least > 0 or once is None:
                return once if least > 0 else None
            after = _starts(rest, room)
            return None if after is None else once | after
        return None
    return None  # the end: an empty match is possible


def _union(options: list[list], room: int) -> set[str] | None:
    found: set[str] = set()
    for option in options:
        starts = _starts(option, room)
        if starts is None:
            return None
        found |= starts
    return found
