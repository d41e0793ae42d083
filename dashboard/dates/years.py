"""Which year a day and month written without one may be, and how sure that guess is.

"Rabu (8/2)": every year since the war began is a candidate. Each is weighed against what the
text says (:mod:`dashboard.dates.clues`): the eras it names (an office holder, an operation, a
group's name, an event), the latest year it names and the war's age it gives. A weekday that does
not fit costs less than a named era that had not begun yet: a dated thing outranks a weekday-only
guess. The lightest candidate wins; when none fits every clue the conflict is stated in the note
and the confidence drops. When several weigh nothing (a tie: "Selasa (31/10)" is 2017 or 2023 and
nothing else is dated) the earliest is taken, the tie is named in the note and the confidence is
that of a guess. Earliest, not latest: the latest year a text names is usually near its own, and
on the tied dates of the readable real sets (dev corpus tune part, the two tune sets) the earliest
was right 14 times, the latest 4 (taking the latest cost 4 of 41 dev dates, 4 of 38 and 3 of 44,
text only). Every candidate the weekday allows is kept.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dashboard.dates.clues import BEFORE_PENALTY, WAR_START, Clue
from dashboard.dates.mentions import valid_date

__all__ = ["WEEKDAY_NAMES", "YearChoice", "choose_year"]

EARLIEST_YEAR = WAR_START.year
WEEKDAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
#: A weekday that does not fit the date: the article's own ("Rabu (8/2)") costs more than one
#: borrowed from elsewhere in the text; both cost less than an era that had not begun.
WEEKDAY_PENALTY = 2.5
BORROWED_WEEKDAY_PENALTY = 1.5
#: Confidence by how many candidates fit every clue: one is fairly sure, two or more an estimate
#: (the dashboard marks everything under 0.7 as one).
AMBIGUITY_CONFIDENCE = {1: 0.65, 2: 0.4}
MANY_YEARS_CONFIDENCE = 0.25
TIED_YEARS_LISTED = 4  # more tied years are named as a count and a span
NO_WEEKDAY_CONFIDENCE = {1: 0.3}  # a day and month alone: only eras can narrow the year
NO_WEEKDAY_MANY_CONFIDENCE = 0.15
CONFLICT_CONFIDENCE = 0.3  # the best candidate fits some clues, not all
NOTHING_FITS_CONFIDENCE = 0.15  # the best candidate fits none of the clues


@dataclass(frozen=True, slots=True)
class YearChoice:
    """Candidate dates, best first, how sure the first is, and why (Indonesian, for the note)."""

    dates: tuple[dt.date, ...]
    confidence: float
    reasons: tuple[str, ...]
    conflict: bool = False


def _weight(date: dt.date, weekday: int | None, borrowed: bool, clues: tuple[Clue, ...]) -> float:
    cost = sum(c.penalty(date) for c in clues)
    if weekday is not None and date.weekday() != weekday:
        cost += BORROWED_WEEKDAY_PENALTY if borrowed else WEEKDAY_PENALTY
    return cost


def _confidence(zero: int, weekday: int | None, best: dt.date, clues: tuple[Clue, ...]) -> float:
    if zero == 0:
        fitted = sum(c.penalty(best) == 0 for c in clues)
        return CONFLICT_CONFIDENCE if fitted else NOTHING_FITS_CONFIDENCE
    if weekday is None:
        return NO_WEEKDAY_CONFIDENCE.get(zero, NO_WEEKDAY_MANY_CONFIDENCE)
    return AMBIGUITY_CONFIDENCE.get(zero, MANY_YEARS_CONFIDENCE)


def _reasons(
    day: int,
    month: int,
    weekday: int | None,
    fits: list[dt.date],
    best: dt.date,
    clues: tuple[Clue, ...],
    tied: list[dt.date],
) -> list[str]:
    reasons = []
    if weekday is not None:
        years = ", ".join(str(d.year) for d in fits) or f"tidak ada tahun sejak {EARLIEST_YEAR}"
        reasons.append(f"{WEEKDAY_NAMES[weekday]} {day}/{month} jatuh pada tahun {years}")
    for clue in clues:
        if clue.label.startswith("tahun "):
            reasons.append(f"teks menyebut {clue.label}, jadi tidak lebih awal")
        else:
            reasons.append(f"teks menyebut {clue.describe()}")
    if not tied:
        against = [c.label for c in clues if c.penalty(best) > 0]
        if weekday is not None and best.weekday() != weekday:
            against.append(f"hari {WEEKDAY_NAMES[weekday]}")
        reasons.append(
            f"petunjuk bertentangan: {best.year} dipilih walau tidak cocok dengan "
            + ", ".join(against)
        )
    elif len(tied) > 1:
        reasons.append(_tie_note(tied, best))
    return reasons


def _tie_note(tied: list[dt.date], best: dt.date) -> str:
    """The note for years no clue tells apart: which they are, and that the earliest is taken."""
    if len(tied) <= TIED_YEARS_LISTED:
        years = ", ".join(str(d.year) for d in tied)
    else:
        years = f"{len(tied)} tahun ({tied[0].year}-{tied[-1].year})"
    return (
        f"seri: {years} sama-sama cocok dengan semua petunjuk; "
        f"diambil tahun paling awal ({best.year}), perkiraan"
    )


def choose_year(
    day: int,
    month: int,
    weekday: int | None,
    *,
    clues: tuple[Clue, ...],
    today: dt.date,
    borrowed: bool = False,
) -> YearChoice:
    """The dates a day/month without a year may be, best first, weighed against the clues."""
    every = [
        d
        for y in range(EARLIEST_YEAR, today.year + 1)
        if (d := valid_date(y, month, day)) and d <= today
    ]
    if not every:
        return YearChoice((), 0.0, (f"{day}/{month} tidak pernah ada",))
    weights = {d: _weight(d, weekday, borrowed, clues) for d in every}
    ranked = sorted(every, key=lambda d: (weights[d], d))
    best = ranked[0]
    fits = [d for d in every if weekday is None or d.weekday() == weekday]
    tied = [d for d in every if weights[d] == 0]
    zero = len(tied)
    allowed = [d for d in ranked if d in fits and weights[d] < BEFORE_PENALTY] or fits
    dates = [best] + [d for d in allowed if d != best]
    return YearChoice(
        tuple(dates),
        _confidence(zero, weekday, best, clues),
        tuple(_reasons(day, month, weekday, fits, best, clues, tied)),
        conflict=zero == 0 and bool(clues or weekday is not None),
    )
