"""How strongly each date in a text speaks for the day it was written (its tier), and how the
date it names stands to that day ("kemarin", an evening in Syria)."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import replace

from dashboard.dates.clues import era_clues
from dashboard.dates.mentions import MONTHS, DateMention, alternation, find_mentions

__all__ = [
    "byline_date",
    "ends_in_glued_date",
    "evidence",
    "glued_byline",
    "paragraph",
    "shift",
    "tier",
]

BYLINE_PARAGRAPHS = 8  # bylines sit above the lead
BYLINE_MAX_LEN = 140
BYLINE_MAX_LETTERS = 20  # besides the date: a name, an outlet, "WIB", "Penulis:"
CAPTION_TIER = 3  # a photo's date: a file photo as often as the day's


#: The label opening a photo's caption ("Foto: warga mengungsi …"): the text stage's caption
#: label (dashboard/text/page_words.tsv, kind ``caption``), which dating, the stage before the
#: text's, does not import.
_CAPTION_LABEL = "foto"
#: A caption's label opening its paragraph, and a photo's credit closing it after its last
#: sentence: "… cukai. ANTARA/Anadolu/py.", "… Aleppo. (REUTERS/Khalil Ashawi)", "… (Foto: AFP)":
#: an agency's name in capitals and one to three parts after slashes, or the label and a short
#: credit. Within a sentence ("kata PBB/UNHCR.") it is no credit: it must follow the end of one.
_CAPTION_OPENING = re.compile(rf"(?i)^\s*{_CAPTION_LABEL}\s*:")
_CAPTION_CLOSING = re.compile(
    r"[.!?\"”]\s+\(?(?:[A-Z]{2,}(?: FOTO)?(?:/[A-Za-z][\w .'&-]{0,30}){1,3}"
    rf"|(?i:{_CAPTION_LABEL})\s*:[^()\n]{{1,40}})\)?\.?\s*$"
)


def paragraph(text: str, pos: int) -> tuple[int, int, int]:
    """Start, end and index of the paragraph (line) holding ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    return start, end, sum(1 for line in text[:start].split("\n") if line.strip())


#: A numbered list's item opening a line ("1. Serangan Aleppo 27 November 2024", "2) …"): a
#: timeline's heading, dating one of its events; a byline never opens so.
_LIST_ITEM = re.compile(r"\s*\d{1,2}[.)]\s+(?=[^\W\d_])")


def is_byline(text: str, m: DateMention) -> bool:
    """A short line near the top holding a date and little else, or a date with a clock time;
    not a numbered list's item."""
    start, end, index = paragraph(text, m.start)
    if index >= BYLINE_PARAGRAPHS or end - start > BYLINE_MAX_LEN or m.date is None:
        return False
    if _LIST_ITEM.match(text, start, m.start):
        return False  # "1. Serangan Aleppo 27 November 2024": a timeline's heading
    rest = (text[start : m.start] + text[m.end : end]).strip()
    if rest.endswith((".", "!", "?")):
        return False  # a sentence that names a date
    if m.time_beside:
        return True  # "… 16:33 WIB", "14:28 WIB | Minggu, …"
    return sum(c.isalpha() for c in rest) <= BYLINE_MAX_LETTERS


#: A full date glued to the name before it, closing a short line: "Nama Penulis25 Juni 2013",
#: "Nama12 Sept. 2016", as a page's author and date come out when the markup between them is
#: stripped (DW's pages). The text stage keeps such a line among page furniture
#: (:func:`ends_in_glued_date`): one pattern for both.
_GLUED_DATE = re.compile(
    rf"(?i)(?<=[^\W\d_])\d{{1,2}}\s+(?:{alternation(MONTHS)})\.?\s+\d{{4}}\s*$"
)


def ends_in_glued_date(line: str) -> bool:
    """Does *line* close with a full date glued to the word before it ("Nama Penulis25 Juni
    2013")? A byline whose markup was stripped, not furniture."""
    return _GLUED_DATE.search(line) is not None


def glued_byline(text: str) -> DateMention | None:
    """A byline whose date is glued to the author's name ("Nama Penulis25 Juni 2013"), which
    :func:`find_mentions` reads as no date (a number glued to a word is none); or None."""
    start, lines = 0, 0
    while lines < BYLINE_PARAGRAPHS and start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        lines += bool(text[start:end].strip())
        line = text[start:end].rstrip()
        if (
            len(line) <= BYLINE_MAX_LEN
            and line[-4:].isdigit()  # a year closes the line: most lines end with a full stop
            and (glued := _GLUED_DATE.search(text, start, end))
        ):
            at = glued.start()
            found = [
                replace(m, start=m.start + at, end=m.end + at) for m in find_mentions(glued[0])
            ]
            if found and found[0].date is not None and is_byline(text, found[0]):
                return found[0]
        start = end + 1
    return None


def in_caption(text: str, m: DateMention) -> bool:
    """Is the mention in a photo's caption (a paragraph a photo credit closes or "Foto:" opens)?"""
    start, end, _ = paragraph(text, m.start)
    para = text[start:end]
    return bool(_CAPTION_OPENING.match(para) or _CAPTION_CLOSING.search(para))


#: A source quoted with the day it reported, the date in brackets after its name: "dilansir
#: North Press Agency (21/6/2022)", "lansir AMN (29/1/2021)", "dikutip dari laman X (6/3/2025)". The
#: day a wire or paper was quoted is the news's own (the day of writing or the day before), as a
#: weekday's is; without one it would rank with the dates of earlier events. At most six words of
#: a name between the verb and the bracket, no sentence end; "melaporkan" is not one: "melaporkan
#: serangan itu terjadi pada (17/10)" names the event.
_CITED_BEFORE = re.compile(
    r"(?i)\b(?:dilansir|melansir|lansir|dikutip|mengutip|kutip)\b(?:\s+dari)?(?:\s+[^\s.,;:!?()]+){1,6}\s*,?\s*$"
)
_CITED_WINDOW = 80


def cited(text: str, m: DateMention) -> bool:
    """Is *m* a bracketed date after a quoted source's name ("dilansir Reuters (10/3/2025)")?"""
    if m.year is None or not m.surface.startswith("("):
        return False  # "(12/9)" alone: its year is a guess, and "(12/9/2022)" may stand nearby
    return bool(_CITED_BEFORE.search(text[max(0, m.start - _CITED_WINDOW) : m.start]))


def tier(text: str, m: DateMention) -> int | None:
    """0 best; None: the mention does not speak for the day of writing at all."""
    if m.past or not m.valid:
        return None  # "Senin lalu (6/3)": an earlier event; "31/09": no such day
    if is_byline(text, m):
        return 0
    if m.weekday_conflict or in_caption(text, m):
        return CAPTION_TIER
    if m.weekday is not None or m.yesterday or m.today or cited(text, m):
        return 1
    if m.year is not None and m.date in _era_first_days(text):
        return 4  # "digulingkan pada 8 Desember 2024": the day a thing the text names began
    if m.year is not None or m.surface.startswith("("):
        return 2  # "(21/8)": the news style for "on that day", weekday maybe said elsewhere
    return 4  # "pada 20 Januari": usually an earlier event


@functools.lru_cache(maxsize=4)
def _era_first_days(text: str) -> frozenset[dt.date]:
    """The first days of the eras the text names (``eras.tsv``: Assad's fall, the earthquake, an
    offensive's launch): such a day written without its weekday names the event, and is read as
    an earlier event, not the day of writing (a weekday, "Minggu (8/12/2024)", is news of the
    day itself)."""
    return frozenset(first for clue in era_clues(text) for first, _ in clue.windows)


def evidence(text: str, start: int, end: int) -> str:
    p_start, p_end, _ = paragraph(text, start)
    return " ".join(text[max(p_start, start - 50) : min(p_end, end + 30)].split())


def shift(m: DateMention, rank: int) -> tuple[int, str]:
    """Days from the mentioned date to the day of writing, and why."""
    if m.yesterday:
        return 1, "'kemarin' berarti sehari sebelum ditulis"
    if m.today:
        return 0, "'hari ini' berarti hari ditulis"
    if m.part == "malam" and rank > 0:
        return 1, (
            "malam di Suriah sudah lewat tengah malam di Indonesia (UTC+7): "
            "kemungkinan terbit esok harinya"
        )
    return 0, ""


def byline_date(lines: tuple[str, ...]) -> tuple[DateMention, str] | None:
    """The first complete date in a credit line taken out of the text ("Penulis: … | Minggu,
    29 September 2024") with the line, or None."""
    for line in lines:
        for m in find_mentions(line):
            if m.date is not None and not m.past:
                return m, line
    return None
