"""A text whose only dates are earlier days ("Ahad kemarin (17/12/2017)", "Senin lalu (6/3)"):
written after the last of them, within the week; the next day is an estimate."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.dates.publication import find_published

pytestmark = pytest.mark.unit

TODAY = dt.date(2025, 1, 1)
D = dt.date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # "Ahad kemarin": last Sunday, named with its date
        (
            "Sepuluh warga tewas pada Ahad kemarin (17/12/2017) dalam serangan udara.",
            D(2017, 12, 18),
        ),
        ("Konvoi tiba Senin lalu (6/3/2017) di perbatasan.", D(2017, 3, 7)),
        # "Minggu lalu (6/3)": last Sunday, not last week
        ("Konvoi tiba Minggu lalu (6/3/2016) di perbatasan.", D(2016, 3, 7)),
        # of two earlier days, the later one in the text
        (
            "Serangan Senin lalu (6/3/2017) disusul serangan lain Rabu kemarin (8/3/2017).",
            D(2017, 3, 9),
        ),
        # no year: the weekday picks the years, each a day on
        ("Konvoi tiba Senin lalu (6/3) di perbatasan.", D(2017, 3, 7)),
        # a sentence that opens by telling of something earlier ("Sebelumnya"): its day is
        # before the news the lead tells
        (
            "Pasukan merebut kota itu pada Sabtu. Sebelumnya, bom menewaskan 50 orang pada "
            "Kamis (9/3/2017).",
            D(2017, 3, 10),
        ),
        # the same when the page ran its sentences together, and after "Sehari sebelumnya"
        ("Pasukan merebut kota itu.Sebelumnya bom meledak pada Kamis (9/3/2017).", D(2017, 3, 10)),
        ("Kota itu jatuh. Sehari sebelumnya, pada Kamis (9/3/2017), bom meledak.", D(2017, 3, 10)),
    ],
    ids=[
        "ahad-kemarin",
        "senin-lalu",
        "minggu-lalu-sunday",
        "the-last-one",
        "no-year",
        "sebelumnya",
        "sebelumnya-run-together",
        "sehari-sebelumnya",
    ],
)
def test_only_earlier_days_give_the_next_day_as_an_estimate(text, date):
    guess = find_published(text, today=TODAY)
    assert guess.date == date
    assert guess.confidence <= 0.3
    assert "hanya hari yang sudah lewat yang disebut" in guess.note


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a day that speaks for the writing beats an earlier one
        ("Konvoi tiba Senin lalu (6/3/2017). Pasukan mundur pada Kamis (9/3/2017).", D(2017, 3, 9)),
        # an earlier day without its weekday says too little: no date
        ("Konvoi tiba (6/3/2017) pekan lalu di perbatasan.", None),
        # a period's first day keeps its own rule (that day, no shift)
        ("Kota itu dikepung sejak Minggu (27/3/2011).", D(2011, 3, 27)),
        # a day of last week or last month may be many days before the writing: no estimate
        ("Pekan lalu, Sabtu (8/3/2014), pasukan mundur.", None),
        ("Pasukan mundur Sabtu (8/3/2014) pekan lalu.", None),
        ("Pasukan mundur Sabtu minggu lalu (8/3/2014).", None),
        ("Pasukan mundur Sabtu (8/2/2014) bulan lalu.", None),
        # "sebelumnya" inside the sentence ("yang sebelumnya dikuasai"), not opening it, and a
        # "Sebelumnya" sentence that has ended before the date
        ("Pasukan merebut kota yang sebelumnya dikuasai ISIS, Kamis (9/3/2017).", D(2017, 3, 9)),
        ("Sebelumnya, bom meledak. Pasukan mundur pada Kamis (9/3/2017).", D(2017, 3, 9)),
    ],
    ids=[
        "a-current-day-wins",
        "no-weekday",
        "period-start",
        "pekan-lalu-before",
        "pekan-lalu-after",
        "weekday-minggu-lalu",
        "bulan-lalu",
        "sebelumnya-inside",
        "sebelumnya-sentence-ended",
    ],
)
def test_what_the_earlier_days_rule_leaves_alone(text, date):
    guess = find_published(text, today=TODAY)
    assert guess.date == date
    assert "hanya hari yang sudah lewat" not in guess.note
