"""A page's date banner is not its byline.

Some sites print the day a page was shown (or stored) in a line of its own above the story: a
bare date ("Sunday, December 22, 2024", "Selasa, 30 September 2025") with no clock time, author
or outlet beside it. It reads like a byline, but the story under it may be weeks older. When the
story's lead names its own day with a weekday ("pada Senin (9/12)") more than
:data:`BANNER_GAP_DAYS` before such a line, the line is taken for a banner: the day of writing is
the lead's day, and the banner only bounds it. A lead's day without its year is the one, not
after the banner, that fits its weekday and what the text names (the era table, the years named:
:func:`~dashboard.dates.clues.find_clues`, read without the banner's line, whose year is the
banner's), the latest of those that fit equally: "Minggu (21/1)" under a banner of April 2024 in
a text naming Operation Olive Branch is 21 January 2018, not 2024.
"""

from __future__ import annotations

import datetime as dt
import re

from dashboard.dates.clues import WAR_START, Clue, find_clues
from dashboard.dates.latest import WINDOW_DAYS
from dashboard.dates.mentions import DateMention, valid_date
from dashboard.dates.ranking import paragraph
from dashboard.dates.tables import calendar_words

__all__ = ["BANNER_GAP_DAYS", "lead_day"]

#: A byline lies a day or two after its story's events; a gap longer than the window in which a
#: later reported day still speaks for the day of writing is another day's page.
BANNER_GAP_DAYS = WINDOW_DAYS
#: The lead: the paragraphs after the stamp in which the story names its day.
LEAD_PARAGRAPHS = 3
_WEEKDAYS = frozenset(calendar_words()["weekday"]) | frozenset(calendar_words()["weekday_english"])
_WORD = re.compile(r"[^\W\d_]+")


def _bare(text: str, m: DateMention) -> bool:
    """A line holding the date, maybe its weekday, and nothing else (no clock time, name or
    outlet)."""
    start, end, _ = paragraph(text, m.start)
    rest = text[start : m.start] + text[m.end : end]
    words = [w.casefold() for w in _WORD.findall(rest)]
    if m.time_beside or any(c.isdigit() for c in rest) or len(words) > 1:
        return False
    return all(w in _WEEKDAYS for w in words)


def _day_before(m: DateMention, stamp: dt.date, clues: tuple[Clue, ...]) -> dt.date | None:
    """The day *m* names: as stated, or of the days on or before *stamp* that fit its day, month
    and weekday, the one the *clues* weigh least, the latest of those that weigh the same."""
    if m.year is not None:
        return m.date
    fits = [
        d
        for year in range(stamp.year, WAR_START.year - 1, -1)
        if (d := valid_date(year, m.month, m.day))
        and d <= stamp
        and (m.weekday is None or d.weekday() == m.weekday)
    ]
    if not fits:
        return None
    return min(fits, key=lambda d: sum(c.penalty(d) for c in clues))  # min: the first, latest


def _clues_without(text: str, stamp: DateMention) -> tuple[Clue, ...]:
    """What the text names, its banner's line left out (the banner's year is not the story's)."""
    start, end, _ = paragraph(text, stamp.start)
    assert stamp.date is not None
    return find_clues(text[:start] + text[end:], stamp.date)


def lead_day(
    text: str, stamp: DateMention, ranked: list[tuple[int, DateMention]]
) -> tuple[DateMention, dt.date] | None:
    """The lead's own day when the *stamp* (a byline-like line) looks like a site's banner."""
    if stamp.date is None or not _bare(text, stamp):
        return None
    line_end = text.find("\n", stamp.end)
    for tier, m in sorted(ranked, key=lambda x: x[1].start):
        if m.start <= stamp.start or tier != 1 or m.weekday is None:
            continue
        between = text[line_end : m.start] if line_end >= 0 else ""
        if sum(1 for line in between.split("\n")[:-1] if line.strip()) >= LEAD_PARAGRAPHS:
            return None
        day = _day_before(m, stamp.date, ())  # the latest that fits: a byline's day if near
        if day is None or (stamp.date - day).days <= BANNER_GAP_DAYS:
            return None
        if m.year is None:  # a banner: what the text names chooses among the days that fit
            day = _day_before(m, stamp.date, _clues_without(text, stamp)) or day
        return m, day
    return None
