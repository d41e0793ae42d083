"""The timeline: date bounds, a weekly or monthly histogram, and how sure each date is.

Pure functions over article rows (``published`` ISO string or None, ``published_confidence``,
``published_method``, ``weekday_conflict``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from dashboard.dates.tables import shown_names
from dashboard.rowtypes import SURE_DATE, ArticleRow

#: Below this a publication date is shown as an estimate ("perkiraan").
LOW_CONFIDENCE = SURE_DATE
_EPOCH = dt.date(1970, 1, 1)
#: Spans longer than this are binned by month, shorter ones by week.
WEEKLY_MAX_DAYS = 550


def vega_locale() -> dict:
    """Vega's number and time locale for Indonesian readers (its default is American English);
    the day and month names come from ``dashboard/dates/calendar_words.tsv``. Vega's weeks start
    on Sunday (Minggu), Python's on Monday."""
    names = shown_names()
    sunday_first = (6, 0, 1, 2, 3, 4, 5)
    return {
        "number": {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["Rp", ""]},
        "time": {
            "dateTime": "%A, %e %B %Y pukul %H.%M.%S",
            "date": "%d/%m/%Y",
            "time": "%H.%M.%S",
            "periods": ["AM", "PM"],
            "days": [names["weekday_name"][d] for d in sunday_first],
            "shortDays": [names["weekday_short"][d] for d in sunday_first],
            "months": list(names["month_name"]),
            "shortMonths": list(names["month_short"]),
        },
    }


#: Axis labels in Indonesian order (day before month) at each tick spacing Vega may choose.
AXIS_TIME_FORMAT = {
    "year": "%Y",
    "quarter": "%b %Y",
    "month": "%b",
    "week": "%-d %b",
    "date": "%-d %b",
    "hours": "%H.%M",
    "minutes": "%H.%M",
    "seconds": "%H.%M.%S",
    "milliseconds": "%H.%M.%S",
}


@dataclass(frozen=True, slots=True)
class Bin:
    """Stories (or articles) published in one week or month, split by how sure their date is."""

    start: dt.date
    end: dt.date  # inclusive
    sure: int
    estimated: int

    @property
    def total(self) -> int:
        return self.sure + self.estimated


def parse_day(iso: str | None) -> dt.date | None:
    """The date of an ISO string (``"2017-02-08"`` or a datetime), ``None`` if absent or bad."""
    if not iso:
        return None
    try:
        return dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None


def bin_unit(first: dt.date, last: dt.date) -> str:
    """``"week"`` for spans up to :data:`WEEKLY_MAX_DAYS`, else ``"month"``."""
    return "week" if (last - first).days <= WEEKLY_MAX_DAYS else "month"


def bin_start(day: dt.date, unit: str) -> dt.date:
    """Monday of the week, or the first of the month, holding ``day``."""
    if unit == "week":
        return day - dt.timedelta(days=day.weekday())
    return day.replace(day=1)


def bin_end(start: dt.date, unit: str) -> dt.date:
    if unit == "week":
        return start + dt.timedelta(days=6)
    following = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def bin_starts(days: np.ndarray, unit: str) -> np.ndarray:
    """Per day (days since 1970), the day its week (Monday) or month (the 1st) starts."""
    if unit == "week":
        return days - (days + 3) % 7  # 1970-01-01 was a Thursday
    months = days.astype("datetime64[D]").astype("datetime64[M]")
    return months.astype("datetime64[D]").astype(np.int64)


def histogram(
    days: np.ndarray, estimated: np.ndarray, unit: str, stories: np.ndarray | None = None
) -> list[Bin]:
    """Per ``unit`` bin, oldest first (empty bins between them included): the articles, from
    their days (since 1970) and estimate flags; with ``stories`` (each article's story number),
    the distinct stories instead, as the map counts them. A story counts once in each bin where a
    copy of it falls, as sure when one of those copies' dates is sure."""
    if len(days) == 0:
        return []
    starts = bin_starts(days.astype(np.int64), unit)
    if stories is not None:
        starts, estimated = _one_per_story(starts, np.asarray(estimated, dtype=bool), stories)
    keys, inverse = np.unique(starts, return_inverse=True)
    sure = np.bincount(inverse, weights=~estimated, minlength=len(keys))
    est = np.bincount(inverse, weights=estimated, minlength=len(keys))
    counts = {
        _EPOCH + dt.timedelta(days=int(k)): (int(s), int(e))
        for k, s, e in zip(keys, sure, est, strict=True)
    }
    bins, start, last = [], min(counts), max(counts)
    while start <= last:
        end = bin_end(start, unit)
        s, e = counts.get(start, (0, 0))
        bins.append(Bin(start, end, s, e))
        start = end + dt.timedelta(days=1)
    return bins


def _one_per_story(
    starts: np.ndarray, estimated: np.ndarray, stories: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """One (bin, story) pair per story and bin: sorted by bin, story and estimate flag, the first
    of each pair is sure when any copy is. Only the articles of stories with other copies here
    are sorted (most stories are one article)."""
    multi = np.bincount(stories)[stories] > 1
    if not multi.any():
        return starts, estimated
    alone = ~multi
    starts_m, estimated_m = _first_of_pairs(starts[multi], estimated[multi], stories[multi])
    return np.r_[starts[alone], starts_m], np.r_[estimated[alone], estimated_m]


def _first_of_pairs(
    starts: np.ndarray, estimated: np.ndarray, stories: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    order = np.lexsort((estimated, stories, starts))
    starts, stories, estimated = starts[order], stories[order], estimated[order]
    first = np.r_[True, (starts[1:] != starts[:-1]) | (stories[1:] != stories[:-1])]
    return starts[first], estimated[first]


def clamp_range(
    wanted: tuple[dt.date, dt.date] | None, bounds: tuple[dt.date, dt.date]
) -> tuple[dt.date, dt.date]:
    """``wanted`` moved inside ``bounds`` (start ≤ end); the whole span when not given."""
    low, high = bounds
    if wanted is None:
        return bounds
    start, end = sorted(wanted)
    start = min(max(start, low), high)
    end = min(max(end, low), high)
    return start, end


def slider_bounds(bounds: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date]:
    """Bounds a slider accepts: a single day is widened by one day on each side."""
    low, high = bounds
    if low == high:
        return low - dt.timedelta(days=1), high + dt.timedelta(days=1)
    return bounds


def confidence_label(row: ArticleRow) -> str:
    """Short Indonesian label for the date's certainty, shown wherever a date is."""
    if not row.published:
        return "tanpa tanggal"
    conf = row.published_confidence
    if row.weekday_conflict:
        return f"hari tidak cocok · {conf:.0%}"
    return f"{'perkiraan' if row.estimated else 'pasti'} · {conf:.0%}"


def histogram_spec(bins: list[Bin], chosen: tuple[dt.date, dt.date], unit: str) -> dict:
    """A Vega-Lite bar chart of ``bins`` (stories: copies of one story count once, as on the
    map); bars outside the ``chosen`` range are faded.

    Sure and estimated dates are stacked in two colours so low-confidence dates stay visible.
    """
    rows = []
    for b in bins:
        inside = chosen[0] <= b.end and b.start <= chosen[1]
        for kind, n in (("pasti", b.sure), ("perkiraan", b.estimated)):
            if n:
                rows.append(
                    {
                        "mulai": b.start.isoformat(),
                        "akhir": b.end.isoformat(),
                        "tanggal": kind,
                        "cerita": n,
                        "dalam": inside,
                    }
                )
    return {
        "title": f"Cerita per {'minggu' if unit == 'week' else 'bulan'} (salinan dihitung sekali)",
        "height": 90,  # the bars' height: "fit-x" fits only the width to the page
        "autosize": {"type": "fit-x", "contains": "padding"},
        "data": {"values": rows},
        "mark": {"type": "bar", "orient": "vertical"},  # x2 alone would lay the bars flat
        "config": {"locale": vega_locale()},
        "encoding": {
            "x": {
                "field": "mulai",
                "type": "temporal",
                "title": None,
                "axis": {"format": AXIS_TIME_FORMAT},
            },
            "x2": {"field": "akhir"},
            # One row per bar already: no aggregate, so the opacity test still sees datum.dalam.
            "y": {
                "field": "cerita",
                "type": "quantitative",
                "title": None,
                "stack": "zero",
                "axis": {"format": "d", "tickMinStep": 1},
            },
            "color": {
                "field": "tanggal",
                "type": "nominal",
                "title": "Tanggal",
                "scale": {"domain": ["pasti", "perkiraan"], "range": ["#bf360c", "#ffab91"]},
            },
            "opacity": {"condition": {"test": "datum.dalam", "value": 1.0}, "value": 0.25},
            "tooltip": [
                {"field": "mulai", "type": "temporal", "title": "Mulai", "format": "%-d %B %Y"},
                {"field": "tanggal", "type": "nominal", "title": "Tanggal"},
                {"field": "cerita", "type": "quantitative", "title": "Cerita"},
            ],
        },
    }
