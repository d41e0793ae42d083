"""The day of writing is the latest day the text reports, not the first it names.

A news text opens with its event ("the strike on Sunday (15/12)") and often closes on the day it
was written: the day a wire was quoted ("seperti dikutip Senin (16/12)"), the last update ("Hingga
Selasa (14/2/2023)"), a statement made after the event. So after the first dated mention is
chosen, a later day named with a weekday or in brackets, at most :data:`WINDOW_DAYS` after it,
speaks for the day of writing instead. Days still to come ("Senin (30/9) mendatang", "dijadwalkan
pada Kamis (14/1)", "pekan depan, Kamis (13/3)", "Kamis (6/3) besok") and earlier events ("Senin
lalu (6/3)") are no evidence. A day the text ties to the day of writing ("hari ini (5/6)",
"kemarin (4/6)") fixes it: no later day replaces it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dashboard.dates import ranking
from dashboard.dates.mentions import DateMention, alternation, valid_date
from dashboard.dates.tables import calendar_words

__all__ = ["WINDOW_DAYS", "Later", "later_day", "to_come", "to_come_at"]

#: How far after the first dated mention a later one may lie and still be the day of writing
#: (a week's update on an earthquake; farther is another story, or a plan).
WINDOW_DAYS = 10
#: Tiers of mentions that may be the later day: a weekday, a bracketed date, a weekday conflict.
_TIERS = (1, 2, 3)
_WORDS = calendar_words()
_TO_COME_AFTER = re.compile(rf"(?i)\s*(?:{alternation(_WORDS['future_after'])})\b")
#: A word of a plan earlier in the same clause (no comma or full stop between it and the date).
_TO_COME_BEFORE = re.compile(rf"(?i)\b(?:{alternation(_WORDS['future_before'])})\b[^,.;:]*$")
_BEFORE_WINDOW = 40
#: A word of the future just before the date, a comma allowed between: "pekan depan, Kamis (13/3)".
_TO_COME_JUST_BEFORE = re.compile(
    rf"(?i)\b(?:{alternation(_WORDS['future_after'])})\s*,?\s*(?:pada\s+)?(?:hari\s+)?$"
)


@dataclass(frozen=True, slots=True)
class Later:
    """A mention later than the first, the day it names (shifted to the day of writing) and
    its tier."""

    mention: DateMention
    date: dt.date
    tier: int


def to_come(text: str, m: DateMention) -> bool:
    """Is the mentioned day still to come when the text was written?"""
    return to_come_at(text, m.start, m.end)


def to_come_at(text: str, start: int, end: int) -> bool:
    """Is the day named at ``text[start:end]`` (a date, or a bare weekday) still to come?"""
    if _TO_COME_AFTER.match(text, end):
        return True
    before = text[max(0, start - _BEFORE_WINDOW) : start]
    return bool(_TO_COME_BEFORE.search(before) or _TO_COME_JUST_BEFORE.search(before))


def _resolved(m: DateMention, tier: int, first: dt.date) -> dt.date | None:
    """The day *m* names, as the day of writing, in the window after *first*."""
    days, _ = ranking.shift(m, tier)
    if m.year is not None:
        stated = m.date
        options = [stated] if stated else []
    else:
        options = [
            d
            for year in (first.year, first.year + 1)
            if (d := valid_date(year, m.month, m.day))
            and (m.weekday is None or d.weekday() == m.weekday)
        ]
    shifted = [d + dt.timedelta(days=days) for d in options]
    return next((d for d in shifted if first < d <= first + dt.timedelta(days=WINDOW_DAYS)), None)


def later_day(
    text: str, ranked: list[tuple[int, DateMention]], first: DateMention, day: dt.date
) -> Later | None:
    """The latest day after *day* (the first mention's, as the day of writing) that a later
    mention reports (of *ranked*, each with its tier), or None when no mention names one. A day
    said to be today or yesterday ("hari ini (5/6)", "kemarin (4/6)") is the day of writing's own
    evidence: none later than it counts, and when it is the first mention nothing moves it."""
    if first.today or first.yesterday:
        return None
    found: list[Later] = []
    for tier, m in ranked:
        if m is first or tier not in _TIERS or to_come(text, m):
            continue
        date = _resolved(m, tier, day)
        if date is not None:
            found.append(Later(m, date, tier))
    anchors = [x for x in found if x.mention.today or x.mention.yesterday]
    if anchors:
        return max(anchors, key=lambda x: x.date)
    return max(found, key=lambda x: x.date, default=None)
