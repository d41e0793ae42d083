"""Event dates in an article: every absolute, partial and relative date it names.

Partial dates ("(25/5)") take the year that puts them nearest the publication date; relative ones
("Senin lalu", "Ahad malam", "kemarin", "3 hari lalu") are counted back from it. Without a
publication date they keep their place in the text but no date.
"""

from __future__ import annotations

import datetime as dt
import re

from dashboard.dates import mentions as dm
from dashboard.dates import weekdays
from dashboard.model import EventDate
from dashboard.wordscan import WordScan

_RELATIVE = re.compile(
    r"(?i)\b(?:(?P<kemarin_lusa>kemarin\s+lusa)|(?P<kemarin>kemarin)(?!\s*\(\d)|"
    r"(?P<today>hari\s+ini)|(?P<besok>besok)|(?P<lusa>lusa)|(?P<night>tadi\s+malam|semalam)|"
    r"(?P<n>\d{1,2})\s+hari\s+(?:yang\s+)?lalu|(?P<week>(?-i:p)ekan\s+lalu))\b"
)
#: Tried only where its first words start, or a number (``\b`` before the first digit: a
#: number's first digit); ``re`` would try it at every character.
_RELATIVE_SCAN = WordScan(
    _RELATIVE,
    ("kemarin", "hari", "besok", "lusa", "tadi", "semalam", "pekan"),
    also=re.compile(r"\d+"),
)
_RELATIVE_DAYS = {
    "kemarin_lusa": -2,
    "kemarin": -1,
    "today": 0,
    "besok": 1,
    "lusa": 2,
    "night": -1,
    "week": -7,
}


def _resolve_partial(m: dm.DateMention, published: dt.date) -> dt.date | None:
    options = [
        d
        for y in (published.year - 1, published.year, published.year + 1)
        if (d := dm.valid_date(y, m.month, m.day))
    ]
    return min(options, key=lambda d: (abs((d - published).days), d)) if options else None


def _weekday_date(w: weekdays.WeekdayMention, published: dt.date) -> dt.date:
    back = (published.weekday() - w.weekday) % 7
    if w.direction == "past":
        return published - dt.timedelta(days=back or 7)
    if w.direction == "next":
        return published + dt.timedelta(days=(w.weekday - published.weekday() - 1) % 7 + 1)
    return published - dt.timedelta(days=back)


def find_event_dates(text: str, published: dt.date | None) -> tuple[EventDate, ...]:
    """Every date the text names, relative ones ("Senin lalu", "kemarin") resolved if we can;
    a day that does not exist ("31/09") is kept with kind ``"invalid"`` and no date."""
    mentions = dm.find_mentions(text)
    events = []
    for m in mentions:
        if not m.valid:  # "31/09": kept, flagged, never dated
            events.append(EventDate(None, (m.start, m.end), m.surface, "invalid"))
        elif m.year is not None:
            events.append(EventDate(m.date, (m.start, m.end), m.surface, "absolute"))
        else:
            date = _resolve_partial(m, published) if published else None
            events.append(EventDate(date, (m.start, m.end), m.surface, "partial"))
    taken = [(m.start, m.end) for m in mentions]
    for w in weekdays.find_weekdays(text, taken):
        date = _weekday_date(w, published) if published else None
        events.append(EventDate(date, (w.start, w.end), w.surface, "relative"))
        taken.append((w.start, w.end))
    for r in _RELATIVE_SCAN.finditer(text):
        if any(r.start() < e and s < r.end() for s, e in taken):
            continue
        key = next(k for k, v in r.groupdict().items() if v)
        days = -int(r.group("n")) if key == "n" else _RELATIVE_DAYS[key]
        date = published + dt.timedelta(days=days) if published else None
        events.append(EventDate(date, r.span(), r.group(), "relative"))
    return tuple(sorted(events, key=lambda e: e.span))
