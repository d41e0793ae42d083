"""Page furniture found by its shape, not by any one site's words.

A page wraps an article in runs of short lines (menus, share bars, tag clouds, a prayer-time
widget a line per prayer), link lists (related and popular headlines, numbered or not), lines of
clock times, and interface lines (share buttons, cookie banners). What tells them apart from the
article is structure: the article is prose (sentences with lower-case words that end in a full
stop), furniture is runs of three or more lines that are not, or single lines made of interface
words (``interface_words.txt``) or of clock times. A run introduced by a sentence ending in ":"
is the article's own list and stays; a line holding a date stays (a byline). Lines shared by
many articles of one outlet (:func:`shared_lines`) are furniture too.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from importlib import resources
from itertools import islice

from dashboard.dates import ends_in_glued_date

__all__ = ["furniture", "shared_lines"]

RUN_MIN = 3  # this many non-prose lines in a row are furniture
LONG_LINE_WORDS = 25  # a line with more words is judged as a sentence
SHORT = 40  # characters: a line this short with no sentence end is not prose
CAPITALISED_SHARE = 0.7  # of a line's longer words: a headline, not a sentence
SHARED_MIN_ARTICLES = 3  # a line in this many articles of one outlet …
SHARED_MIN_SHARE = 0.3  # … and in this share of them is the outlet's furniture
SHARED_MIN_LEN = 20

_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_DATE = re.compile(
    r"\b\d{1,2}\s*/\s*\d{1,2}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}\b"
    r"|\b[A-Za-z]{3,9}\.?\s+\d{1,2},\s*\d{4}\b"
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: The words of :data:`_WORD` longer than three characters, found without the shorter ones (a
#: match starts at a letter and runs to the end of its word, so no shorter word holds one).
_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")
_READER_WORDS = ("anda", "kamu", "you")
_READER = re.compile(rf"(?i)\b(?:{'|'.join(_READER_WORDS)})\b")
_MARKER = re.compile(r"^(?:[-•*–]\s|\d{1,2}[.)]\s)")
_SENTENCE_END = (".", "!", "?", '"', "”", "’", ")")


@functools.cache
def _interface() -> tuple[frozenset[str], tuple[str, ...]]:
    """Interface words (looked up per word) and phrases (looked up in the folded line)."""
    text = resources.files(__package__).joinpath("interface_words.txt").read_text("utf-8")
    words = [w.strip().casefold() for w in text.splitlines() if w.strip() and w[0] != "#"]
    return frozenset(w for w in words if " " not in w), tuple(w for w in words if " " in w)


def _hits(line: str, words: tuple[str, ...]) -> int:
    singles, phrases = _interface()
    folded = line.casefold()
    return sum(w.casefold() in singles for w in words) + sum(p in folded for p in phrases)


@functools.lru_cache(maxsize=4096)
def _words(line: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(line))


def is_interface(line: str) -> bool:
    """A line of share buttons, a prayer-time row, a cookie banner: mostly interface words, or
    a row of clock times with no date. A long sentence is one only when it speaks to the reader
    ("… cookie … Anda menyetujui kebijakan privasi …"): prose may name Facebook and Twitter."""
    return _is_interface(line, is_prose(line))


def _is_interface(line: str, prose: bool) -> bool:
    """:func:`is_interface` of a line whose :func:`is_prose` is known."""
    reader = _speaks_to_reader(line)
    if not reader and prose:
        return False  # a sentence that does not speak to the reader is the article's
    words = _words(line)
    if len(words) > LONG_LINE_WORDS:
        return reader and _hits(line, words) >= 2
    hits = _hits(line, words)
    if hits >= 3 or (hits and hits * 2 >= len(words)):
        return True
    if hits >= 2 and reader:
        return True
    clocks = (":" in line or "." in line) and len(_CLOCK.findall(line)) >= 3
    return clocks and not _DATE.search(line)


def _speaks_to_reader(line: str) -> bool:
    """``_READER.search``, tried only when the lower-cased line holds one of its words (no
    other letter ``re`` takes for one of theirs lower-cases to something else; the Kelvin sign
    lower-cases to k): ``re`` tries a case-insensitive pattern at every character."""
    folded = line.lower()
    if not any(word in folded for word in _READER_WORDS):
        return False
    return _READER.search(line) is not None


def is_prose(line: str) -> bool:
    """A sentence: long enough, mostly lower-case words, or ending like a sentence."""
    if line.rstrip().endswith(_SENTENCE_END) and _has_long_words(line, 4):
        return True
    if len(line) <= SHORT:
        return False
    words = _LONG_WORD.findall(line)
    if not words:
        return False
    capitalised = sum(w[0].isupper() for w in words) / len(words)
    return capitalised < CAPITALISED_SHARE


def _has_long_words(line: str, n: int) -> bool:
    """At least *n* words of four characters or more (found one by one: a sentence has them
    at its start)."""
    return len(list(islice(_LONG_WORD.finditer(line), n))) == n


def _introduced(paras: list[str], start: int) -> bool:
    """A run introduced by a sentence ending in ':' may be the article's own list."""
    before = paras[start - 1].rstrip() if start > 0 else ""
    return bool(before.endswith(":") and is_prose(before[:-1] + "."))


def _headline(line: str) -> bool:
    words: list[str] = _LONG_WORD.findall(line)
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) >= CAPITALISED_SHARE


def _run_furniture(paras: list[str], start: int, end: int) -> set[int]:
    """Which lines of a run of non-prose lines are furniture."""
    run = range(start, end)
    if _introduced(paras, start):  # the article's list: its items stay, headlines do not
        return {i for i in run if not _MARKER.match(paras[i]) and _headline(paras[i])}
    if end - start < RUN_MIN:
        return set()
    # a byline's date stays, glued to the author's name too ("Nama Penulis25 Juni 2013": the
    # dating stage's pattern, looked for only in runs of short lines: slower than _DATE)
    return {i for i in run if not (_DATE.search(paras[i]) or ends_in_glued_date(paras[i]))}


def furniture(paras: list[str]) -> frozenset[int]:
    """Indices of the paragraphs that are page furniture."""
    prose = [is_prose(p) for p in paras]  # judged once: both rules below ask
    interface = {i for i, p in enumerate(paras) if _is_interface(p, prose[i])}
    found = set(interface)
    start = 0
    while start < len(paras):
        end = start
        while end < len(paras) and (end in interface or not prose[end]):
            end += 1
        found |= _run_furniture(paras, start, end)
        start = end + 1
    return frozenset(found)


def shared_lines(bodies: Iterable[str]) -> frozenset[str]:
    """Lines (case and spaces folded) that many articles of one outlet share: its furniture.

    Pass the bodies of one outlet's articles; the result goes to ``clean_body(known=…)``."""
    counts: Counter[str] = Counter()
    total = 0
    for body in bodies:
        total += 1
        lines = {" ".join(ln.split()).casefold() for ln in body.splitlines()}
        counts.update(ln for ln in lines if len(ln) >= SHARED_MIN_LEN)
    floor = max(SHARED_MIN_ARTICLES, SHARED_MIN_SHARE * total)
    return frozenset(line for line, n in counts.items() if n >= floor)
