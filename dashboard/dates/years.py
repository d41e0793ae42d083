"""Which year a day and month written without one may be, and how sure that guess is.

"Rabu (8/2)": the weekday must agree with day and month (8 February was a Wednesday in 2012, 2017
and 2023); a year the text names is a floor (the article is not older than the events it tells);
"lima tahun … sejak konflik di Suriah pecah" counts from the war's start (March 2011). The fewer
years the evidence leaves, the surer the guess; with several left and nothing to choose between
them, the earliest is taken at a low confidence, and every candidate is kept.
"""

from __future__ import annotations

import datetime as dt

from dashboard.dates.mentions import valid_date

__all__ = ["WAR_START", "WEEKDAY_NAMES", "infer_dates", "inferred_confidence", "war_window"]

WAR_START = dt.date(2011, 3, 15)  # the Syrian uprising: the first year news of this corpus covers
EARLIEST_YEAR = WAR_START.year
WEEKDAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
#: Confidence of an inferred year by how many weekday-consistent years the evidence leaves: one is
#: fairly sure, two or more an estimate (the dashboard marks everything under 0.7 as one).
AMBIGUITY_CONFIDENCE = {1: 0.65, 2: 0.45}
MANY_YEARS_CONFIDENCE = 0.3
NO_WEEKDAY_CONFIDENCE = 0.15  # a day and month alone: every year fits


def infer_dates(
    day: int,
    month: int,
    weekday: int | None,
    *,
    floor: int | None,
    war: int | None,
    today: dt.date,
) -> tuple[list[dt.date], list[str]]:
    """Dates a day/month without a year may be, best first, and the reasons for the order."""
    dates = [
        d
        for y in range(EARLIEST_YEAR, today.year + 1)
        if (d := valid_date(y, month, day))
        and d <= today
        and (weekday is None or d.weekday() == weekday)
    ]
    reasons = []
    if weekday is not None:
        years = ", ".join(str(d.year) for d in dates) or f"tidak ada tahun sejak {EARLIEST_YEAR}"
        reasons.append(f"{WEEKDAY_NAMES[weekday]} {day}/{month} jatuh pada tahun {years}")
    if floor is not None and any(d.year >= floor for d in dates):
        dates = [d for d in dates if d.year >= floor]
        reasons.append(f"teks menyebut tahun {floor}, jadi tidak lebih awal")
    elif floor is not None and dates:
        reasons.append(
            f"teks menyebut tahun {floor}, lebih akhir dari semuanya: mungkin tanggal salah baca"
        )
    if war is not None:
        lo, hi = war_window(war)
        dates.sort(key=lambda d: 0 if lo <= d < hi else min(abs((d - lo).days), abs((d - hi).days)))
        reasons.append(f"'{war} tahun' sejak perang pecah (Maret 2011): {lo.year}-{hi.year}")
    elif len(dates) > 1:
        reasons.append("diambil tahun paling awal")
    return dates, reasons


def war_window(war: int) -> tuple[dt.date, dt.date]:
    """The year (start inclusive, end exclusive) that is *war* years after the war began."""
    return (
        WAR_START.replace(year=WAR_START.year + war),
        WAR_START.replace(year=WAR_START.year + war + 1),
    )


def inferred_confidence(
    dates: list[dt.date], weekday: int | None, *, floor: int | None, war: int | None
) -> float:
    """How sure the first of *dates* (from :func:`infer_dates`) is: the fewer years the evidence
    leaves, the surer. Always below what a date stated with its year gets."""
    if weekday is None:
        return NO_WEEKDAY_CONFIDENCE  # any year since the war began
    if war is not None and war_window(war)[0] <= dates[0] < war_window(war)[1]:
        return AMBIGUITY_CONFIDENCE[1]  # the text's count of war years picks one year
    confidence = AMBIGUITY_CONFIDENCE.get(len(dates), MANY_YEARS_CONFIDENCE)
    if floor is not None and max(dates).year < floor:
        confidence /= 2  # every candidate is earlier than a year the text names
    return confidence
