"""Datelines: the place a wire or outlet names before the body ("DAMASKUS -", "Idlib, Suriah:",
"Idlib, 8 Rajab 1438/4 April 2017 (MINA) –": a date after the place is no part of it).

A dateline opens the body (or a title that is the body's first line), after a byline, a date
or a photo caption, and ends within
:data:`_DATELINE_HEAD` characters of its line's start; its place words are capitalised. The
context rules (:mod:`dashboard.geo.parse.context`) mark a name inside one of these zones.

A dateline of two parts after a place names the place's country or governorate ("Idlib,
Suriah -") or, in wire copy, the agency ("Damaskus, MINA –", "ASTANA, MINA -"): the names of its
second part are *tails* (:func:`dateline_tails`), which the hard rules read as an area or no
place (:mod:`dashboard.geo.parse.possible`)."""

from __future__ import annotations

import re
from typing import Final

_DATELINE: Final = re.compile(
    r"""^[ \t]*
    (?:(?i:(?:[\w-]+\.)+(?:com|net|org|co|id))\.?[ \t]*,[ \t]*)?   # outlet before: "KIBLAT.NET, "
    (?P<zone>[^\W\d_][^\n,()\-–—:|]{0,40}?(?:[ \t]*,[ \t]*[^\W\d_][^\n,()\-–—:|]{0,40}?)?)
    (?:[ \t]*,[ \t]*\d{1,2}[ \t]+[^\W\d_]+[ \t]+\d{4}[^\n,()\-–—:|]{0,30}?)?  # ", 8 April 2017"
    [ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?                          # "(Arrahmah.id)"
    (?:-{1,2}|–|—|:)[ \t]""",
    re.VERBOSE,
)
_DATELINE_LINE: Final = re.compile(
    r"^[ \t]*(?P<zone>[^\W\d_][\w ]{1,30}),[ \t]*[\w .]{2,30}[ \t]*$"
)
#: A title that is the body's first line, dateline and all (an export without the page's title):
#: an outlet's domain or a place in capitals, then a dash ("REPUBLIKA.CO.ID, IDLIB -- …").
_TITLE_DATELINE: Final = re.compile(
    r"[ \t]*(?:(?i:(?:[\w-]+\.)+(?:com|net|org|co|id))\.?[ \t]*,[ \t]*[^\W\d_]"
    r"|[A-Z][A-Z ]{2,30}[ \t]*(?:-{1,2}|–|—)[ \t])"
)
_DATELINE_REACH: Final = 1200  # datelines open the body, after a byline, a date or a photo caption
_DATELINE_HEAD: Final = 100  # … and end within this many characters of their line's start
#: The marks a dateline's head holds (one of them ends it, or parts its place from the rest),
#: each looked for with ``in`` (a C-level scan a mark, cheaper than a regex search a line).
_DATELINE_MARKS: Final = ("-", "–", "—", ":", ",")
#: What a line must hold for _DATELINE to match it: the mark that ends it ("- ", ": "; a
#: _DATELINE_LINE holds one comma instead). Most lines hold none, and _DATELINE's lazy, nested
#: repeats try hundreds of ways to fail on a long line. The regex ``[-–—:][ \t]`` as
#: substrings: a search for each costs less than one regex search of the line.
_DATELINE_ENDS: Final = tuple(mark + gap for gap in " \t" for mark in "-–—:")


def dateline_zones(text: str, title_len: int) -> list[tuple[int, int]]:
    """Character spans of dateline places near the start of the body ("DAMASKUS -")."""
    zones = []
    pos = 0 if title_len and _TITLE_DATELINE.match(text, 0, title_len) else title_len
    for line in text[pos : title_len + _DATELINE_REACH].split("\n"):
        head = line[:_DATELINE_HEAD]
        if head.strip() and _holds_any(head, _DATELINE_MARKS):
            m = _dateline_match(line)
            words = m.group("zone").replace(",", " ").split() if m else ()
            if m and all(w.lstrip("'’‘`ʼʿ")[:1].isupper() for w in words):
                zones.append((pos + m.start("zone"), pos + m.end("zone")))
        pos += len(line) + 1
    return zones


def _dateline_match(line: str) -> re.Match[str] | None:
    """_DATELINE's match of *line*, else _DATELINE_LINE's; a cheap test first for each."""
    m = _DATELINE.match(line) if _holds_any(line, _DATELINE_ENDS) else None
    if m is None and line.count(",") == 1:
        m = _DATELINE_LINE.match(line)
    return m


def _holds_any(text: str, parts: tuple[str, ...]) -> bool:
    """One of *parts* is in *text* (a loop, not ``any`` over a generator: compiled, it makes no
    objects)."""
    for part in parts:
        if part in text:
            return True
    return False


def dateline_tails(
    text: str, zones: list[tuple[int, int]], places: list[tuple[int, int]]
) -> frozenset[int]:
    """Starts of the names (*places*: the spans of the names found) in the second part of a
    two-part dateline whose first part holds a name too: "Damaskus, MINA –" (an agency),
    "Idlib, Suriah -" (the place's country). "ACTNews, IDLIB –", an outlet's name first, has
    none."""
    tails: set[int] = set()
    for start, end in zones:
        comma = text.find(",", start, end)
        if comma >= 0 and any(start <= a and b <= comma for a, b in places):
            tails.update(a for a, b in places if comma < a and b <= end)
    return frozenset(tails)
