"""Weekdays named without a date: "hari Rabu", "Senin lalu", "Ahad malam", "Kamis depan"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dashboard.dates.mentions import DAYPARTS, WEEKDAYS, alternation
from dashboard.wordscan import WordScan

#: A weekday name written as a name (capitalised), with what qualifies it.
_BARE_WEEKDAY = re.compile(
    rf"(?i)(?<![\w(])(?P<wd>{alternation(WEEKDAYS)})\b"
    rf"(?P<qual>(?:\s+(?:{alternation(DAYPARTS)}))?"
    r"(?:\s+(?:lalu|kemarin|depan|mendatang))?)"
)
_BARE_WEEKDAY_SCAN = WordScan(_BARE_WEEKDAY, (w.split()[0] for w in WEEKDAYS))


@dataclass(frozen=True, slots=True)
class WeekdayMention:
    """A weekday named without a date: "hari Rabu", "Senin lalu", "Ahad malam"."""

    start: int
    end: int
    surface: str
    weekday: int
    direction: str  # "past" ("Senin lalu"), "next" ("Senin depan"), "recent" (on or before)


def find_weekdays(text: str, taken: list[tuple[int, int]]) -> list[WeekdayMention]:
    """Capitalised weekday names outside the ``taken`` date spans."""
    out = []
    for m in _BARE_WEEKDAY_SCAN.finditer(text):
        if not text[m.start()].isupper() or any(m.start() < e and s < m.end() for s, e in taken):
            continue  # lower-case "minggu" is a week, not Sunday
        qual = m.group("qual").casefold()
        direction = "past" if ("lalu" in qual or "kemarin" in qual) else "recent"
        if "depan" in qual or "mendatang" in qual:
            direction = "next"
        surface = m.group().rstrip()
        out.append(
            WeekdayMention(
                m.start(),
                m.start() + len(surface),
                surface,
                WEEKDAYS[m.group("wd").casefold()],
                direction,
            )
        )
    return out
