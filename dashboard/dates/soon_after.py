"""A text that names, with a bare weekday, a day soon after the one it dates.

"Jumat (11/7/2025)" and, elsewhere, "Minggu malam" and "pada hari Senin": the dated day may be an
earlier event (a cause, the first day of a story) and the text written two or three days later,
on a day it names only by its weekday. Which is meant is not known: moving the guess to the
latest such day costs more than it gains on every readable set (2 to 3 right against 3 to 32
wrong, for a window of 2 to 6 days), but when the text names such a day the dated one is right
about half the time (5 of 9 on the readable sets), so the date is an estimate, not a sure one.
The day after (one day) is within the slack of an inferred date and the day of a wire quoted the
next morning; four days and more are as often the days before the dated one (a weekday names the
nearest such day, forwards or back).
"""

from __future__ import annotations

import datetime as dt

from dashboard.dates import latest
from dashboard.dates.mentions import WEEKDAYS, DateMention
from dashboard.dates.weekdays import WeekdayMention, find_weekdays

__all__ = ["SOON_AFTER_CONFIDENCE", "SOON_AFTER_DAYS", "day_soon_after"]

#: Days after the dated one that a bare weekday may name and cast doubt on it.
SOON_AFTER_DAYS = (2, 3)
#: The dated day's confidence at most when the text names such a day: right 5 times of 9.
SOON_AFTER_CONFIDENCE = 0.55


def day_soon_after(
    text: str, mentions: list[DateMention], day: dt.date
) -> tuple[WeekdayMention, int] | None:
    """The first bare weekday ("Minggu malam", "pada hari Senin", not "Senin lalu", "Senin
    depan" nor a day still to come) naming a day :data:`SOON_AFTER_DAYS` after *day*, with how
    many days after; None when the text names none, or names *day*'s own weekday bare too (the
    text's days are then the dated one's)."""
    soon = {(day.weekday() + d) % 7 for d in SOON_AFTER_DAYS}
    names = [name for name, wd in WEEKDAYS.items() if wd in soon]
    if not any(n.capitalize() in text or n.upper() in text for n in names):
        return None  # no such weekday named as a name ("minggu" is a week): no scan needed
    taken = [(m.start, m.end) for m in mentions]
    bare = [w for w in find_weekdays(text, taken) if w.direction == "recent"]
    if any(w.weekday == day.weekday() for w in bare):
        return None
    for w in bare:
        days = (w.weekday - day.weekday()) % 7
        if days in SOON_AFTER_DAYS and not latest.to_come_at(text, w.start, w.end):
            return w, days
    return None
