"""Timeline: bins by week or month, date certainty, and range clamping."""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import pytest
import viewworld

from dashboard.dates.tables import calendar_words, shown_names
from dashboard.rowtypes import ArticleRow
from dashboard.store import query
from dashboard.store.columns import UNDATED
from dashboard.view import timeline

pytestmark = pytest.mark.unit
D = dt.date


def row(published, conf=0.9, conflict=False, aid=None, story=None):
    return ArticleRow(
        aid or f"a{published}{conf}",
        published=published,
        published_confidence=conf if published else 0.0,
        weekday_conflict=conflict,
        story_id=story,
    )


def columns(rows):
    return viewworld.build([dataclasses.replace(r, id=f"a{i}") for i, r in enumerate(rows)], [])


def histogram(rows, unit, by_story=False):
    c = columns(rows)
    dated = c.day != UNDATED
    stories = c.story[dated] if by_story else None
    return timeline.histogram(c.day[dated], c.estimated[dated], unit, stories)


def counts(bins):
    return [(b.start.isoformat(), b.sure, b.estimated) for b in bins]


@pytest.mark.parametrize(
    ("first", "last", "unit"),
    [
        (D(2017, 1, 1), D(2017, 12, 31), "week"),
        (D(2017, 1, 1), D(2018, 7, 4), "week"),  # exactly WEEKLY_MAX_DAYS: still weekly
        (D(2011, 3, 15), D(2025, 1, 1), "month"),
    ],
)
def test_bin_unit_is_weekly_for_short_spans_and_monthly_for_long_ones(first, last, unit):
    assert timeline.bin_unit(first, last) == unit


@pytest.mark.parametrize(
    ("day", "unit", "start", "end"),
    [
        (D(2017, 2, 8), "week", D(2017, 2, 6), D(2017, 2, 12)),  # a Wednesday → its Monday
        (D(2017, 2, 8), "month", D(2017, 2, 1), D(2017, 2, 28)),
        (D(2016, 2, 29), "month", D(2016, 2, 1), D(2016, 2, 29)),  # leap year
        (D(2019, 12, 31), "month", D(2019, 12, 1), D(2019, 12, 31)),  # year end
    ],
)
def test_bins_start_on_monday_or_the_first_and_end_inclusive(day, unit, start, end):
    got = timeline.bin_start(day, unit)
    assert (got, timeline.bin_end(got, unit)) == (start, end)


def test_histogram_counts_sure_and_estimated_dates_and_fills_gaps():
    rows = [row("2017-01-10"), row("2017-01-20", conf=0.4), row("2017-03-02"), row(None)]
    bins = histogram(rows, "month")
    assert [(b.start.month, b.sure, b.estimated) for b in bins] == [(1, 1, 1), (2, 0, 0), (3, 1, 0)]


def test_two_copies_of_one_story_on_one_day_count_once():
    rows = [row("2017-01-10", story="w"), row("2017-01-10", story="w"), row("2017-01-10")]
    assert counts(histogram(rows, "month", by_story=True)) == [("2017-01-01", 2, 0)]
    assert counts(histogram(rows, "month")) == [("2017-01-01", 3, 0)]  # by article: three
    assert query.n_stories(columns(rows), np.ones(3, dtype=bool)) == 2  # the summary line's count


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # one copy sure, one estimated, one bin: the story counts once, as sure
        ([row("2017-01-10", story="w"), row("2017-01-12", 0.4, story="w")], [("2017-01-01", 1, 0)]),
        # copies in two months: the story counts in each month it was published in
        (
            [row("2017-01-10", story="w"), row("2017-02-03", 0.4, story="w")],
            [("2017-01-01", 1, 0), ("2017-02-01", 0, 1)],
        ),
        # two stories in one month: two
        ([row("2017-01-10", story="w"), row("2017-01-11", story="v")], [("2017-01-01", 2, 0)]),
    ],
)
def test_the_histogram_counts_each_story_once_per_bin(rows, expected):
    assert counts(histogram(rows, "month", by_story=True)) == expected


def test_histogram_of_undated_articles_is_empty():
    assert histogram([row(None)], "week") == []


@pytest.mark.parametrize(
    ("r", "estimated"),
    [
        (row("2017-02-08", 0.9), False),
        (row("2017-02-08", 0.5), True),
        (row("2017-02-08", 0.95, conflict=True), True),  # weekday contradicts: never "sure"
    ],
)
def test_low_confidence_or_conflicting_dates_are_estimates(r, estimated):
    assert r.estimated is estimated
    assert bool(columns([r]).estimated[0]) is estimated  # the engine agrees


@pytest.mark.parametrize(
    ("r", "label"),
    [
        (row("2017-02-08", 0.9), "pasti · 90%"),
        (row("2017-02-08", 0.5), "perkiraan · 50%"),
        (row("2017-02-08", 0.8, conflict=True), "hari tidak cocok · 80%"),
        (row(None, 0.0), "tanpa tanggal"),
    ],
)
def test_confidence_label_says_how_sure_the_date_is(r, label):
    assert timeline.confidence_label(r) == label


def test_date_bounds_ignore_undated_articles():
    rows = [row("2018-05-01"), row(None), row("2017-02-08")]
    assert query.date_bounds(columns(rows)) == (D(2017, 2, 8), D(2018, 5, 1))


def test_date_bounds_of_no_dated_article_is_none():
    assert query.date_bounds(columns([row(None)])) is None


def test_the_default_range_ignores_estimated_dates():
    # One wrong estimate years away must not set the slider's default start.
    rows = [row("2018-05-01"), row("1999-01-01", conf=0.3), row("2017-02-08")]
    assert query.date_bounds(columns(rows)) == (D(1999, 1, 1), D(2018, 5, 1))
    assert query.date_bounds(columns(rows), sure_only=True) == (D(2017, 2, 8), D(2018, 5, 1))


def test_with_only_estimates_the_default_range_is_theirs():
    rows = [row("2018-05-01", conf=0.4), row("2017-02-08", conf=0.3)]
    assert query.date_bounds(columns(rows), sure_only=True) == (D(2017, 2, 8), D(2018, 5, 1))


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        (None, (D(2017, 1, 1), D(2018, 1, 1))),
        ((D(2010, 1, 1), D(2030, 1, 1)), (D(2017, 1, 1), D(2018, 1, 1))),
        ((D(2017, 6, 1), D(2017, 3, 1)), (D(2017, 3, 1), D(2017, 6, 1))),  # reversed in a URL
    ],
)
def test_clamp_range_keeps_the_range_inside_the_data(wanted, expected):
    assert timeline.clamp_range(wanted, (D(2017, 1, 1), D(2018, 1, 1))) == expected


def test_a_single_day_is_widened_for_the_slider():
    # A slider needs min < max; one dated article must not break the page.
    assert timeline.slider_bounds((D(2017, 2, 8), D(2017, 2, 8))) == (D(2017, 2, 7), D(2017, 2, 9))


def test_histogram_spec_stacks_sure_and_estimated_and_fades_bars_outside_the_range():
    bins = [
        timeline.Bin(D(2017, 1, 1), D(2017, 1, 31), 2, 1),
        timeline.Bin(D(2017, 2, 1), D(2017, 2, 28), 0, 0),
        timeline.Bin(D(2017, 3, 1), D(2017, 3, 31), 4, 0),
    ]
    spec = timeline.histogram_spec(bins, (D(2017, 3, 1), D(2017, 3, 31)), "month")
    rows = spec["data"]["values"]
    assert [(r["mulai"], r["tanggal"], r["cerita"], r["dalam"]) for r in rows] == [
        ("2017-01-01", "pasti", 2, False),
        ("2017-01-01", "perkiraan", 1, False),
        ("2017-03-01", "pasti", 4, True),
    ]  # empty bins make no bars
    assert spec["title"] == "Cerita per bulan (salinan dihitung sekali)"
    assert spec["encoding"]["y"]["field"] == "cerita"
    assert spec["encoding"]["tooltip"][2]["title"] == "Cerita"


def _spec() -> dict:
    bins = [timeline.Bin(D(2017, 2, 6), D(2017, 2, 12), 1, 0)]
    return timeline.histogram_spec(bins, (D(2017, 2, 6), D(2017, 2, 12)), "week")


@pytest.mark.parametrize(
    ("key", "index", "name"),
    [
        ("months", 4, "Mei"),
        ("months", 7, "Agustus"),
        ("shortMonths", 7, "Agu"),  # Indonesian abbreviation, not "Aug"
        ("shortMonths", 11, "Des"),
        ("days", 0, "Minggu"),  # d3 locales start the week on Sunday
        ("shortDays", 1, "Sen"),
    ],
)
def test_the_histogram_names_months_and_days_in_indonesian(key, index, name):
    time_locale = _spec()["config"]["locale"]["time"]
    assert len(time_locale[key]) == (12 if "onths" in key else 7)
    assert time_locale[key][index] == name


@pytest.mark.parametrize(
    ("kind", "first"), [("weekday_name", 0), ("month_name", 1), ("month_short", 1)]
)
def test_the_names_shown_are_words_the_date_reader_reads_as_the_same_day_or_month(kind, first):
    # One data file (calendar_words.tsv) for what the timeline shows and what dates are read from.
    read = calendar_words()[kind.split("_")[0]]
    shown = shown_names()[kind]
    assert {name.casefold(): read.get(name.casefold()) for name in shown} == {
        name.casefold(): value for value, name in enumerate(shown, first)
    }


def test_the_histogram_writes_days_before_months_on_its_axis_and_tooltip():
    spec = _spec()
    axis = spec["encoding"]["x"]["axis"]["format"]
    assert axis["date"] == axis["week"] == "%-d %b"  # "7 Feb", not "Feb 07"
    assert spec["encoding"]["tooltip"][0]["format"] == "%-d %B %Y"


def test_the_range_fading_tests_a_field_each_bar_still_has():
    # An aggregate on y would drop "dalam" from the bars' data, fading every bar.
    spec = _spec()
    assert spec["encoding"]["opacity"]["condition"]["test"] == "datum.dalam"
    assert "aggregate" not in spec["encoding"]["y"]
    assert all("dalam" in row for row in spec["data"]["values"])
