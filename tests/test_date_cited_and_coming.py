"""Two kinds of date that speak for the day of writing though they name no event of it: the day
a quoted source reported ("dilansir Reuters (10/3/2025)"), and, in a text that names only days
still to come ("akan berakhir Sabtu (20/5)"), the day before the first of them (own sentences,
no article's words)."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.dates.publication import find_published

pytestmark = pytest.mark.unit

TODAY = dt.date(2026, 12, 7)
D = dt.date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # an earlier event first, then the source quoted with its day: the source's day
        (
            "Pada 25 Januari 2021, dilansir sebuah kantor berita (21/6/2022), pasukan menangkap "
            "penyelundup.",
            D(2022, 6, 21),
        ),
        (
            "Serangan terjadi 3 Februari 2025. Dilansir Reuters (10/3/2025), korban bertambah.",
            D(2025, 3, 10),
        ),
        # "lansir", "dikutip dari", "mengutip", a comma before the bracket
        ("Pada 2 Desember 2020 pasukan tiba, lansir ABC (29/1/2021).", D(2021, 1, 29)),
        ("Sejak 1 April 2019 blokade. Dikutip dari laman XYZ News, (20/5/2019).", D(2019, 5, 20)),
        ("Pada 1 Juni 2020 warga mengungsi, mengutip harian Sabah (9/7/2020).", D(2020, 7, 9)),
    ],
)
def test_the_day_a_quoted_source_reported_outranks_an_earlier_event(text, date):
    guess = find_published(text, today=TODAY)
    assert guess.date == date, guess.note
    assert guess.confidence >= 0.7


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # "melaporkan" names the event, not the day of the report
        (
            "Pada 20 Oktober 2024 warga mengungsi. Pemantau melaporkan serangan itu terjadi "
            "(17/11/2024).",
            D(2024, 10, 20),
        ),
        # a sentence ends between the verb and the bracket
        ("Pada 5 Mei 2020 warga tiba. Dilansir Reuters. Lalu (9/7/2020) hujan.", D(2020, 5, 5)),
    ],
)
def test_a_bracket_that_is_no_sources_day_keeps_its_rank(text, date):
    assert find_published(text, today=TODAY).date == date


def test_a_quoted_sources_day_without_a_year_is_not_raised():
    # "(12/9)" beside "(12/9/2022)": the year the weekday elsewhere would pick is a guess; the
    # date that states its year stays first
    text = "Pada (12/9/2022) warga mengungsi, Kamis pagi. Dilansir sebuah laman (12/9), korban 5."
    assert find_published(text, today=TODAY).date == D(2022, 9, 12)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a day still to come with its year: the day before
        ("Evakuasi diperkirakan akan berakhir Sabtu (20/5/2017).", D(2017, 5, 19)),
        # "besok": tomorrow
        ("Konvoi bantuan tiba Kamis (6/3/2025) besok.", D(2025, 3, 5)),
        # without a year: the weekday's years, a day before
        ("Pertemuan dijadwalkan pada Rabu (8/2/2023) di Jenewa.", D(2023, 2, 7)),
    ],
)
def test_a_text_of_days_to_come_only_is_dated_the_day_before_as_an_estimate(text, date):
    guess = find_published(text, today=TODAY)
    assert guess.date == date, guess.note
    assert guess.confidence <= 0.3
    assert "akan datang" in guess.note


def test_a_day_to_come_beside_a_day_of_the_news_changes_nothing():
    text = "Serangan terjadi Senin (6/3/2017). Sidang akan digelar Kamis (9/3/2017)."
    assert find_published(text, today=TODAY).date == D(2017, 3, 6)


def test_a_day_to_come_without_its_weekday_is_no_estimate():
    assert find_published("Sidang akan digelar 9 Maret 2017.", today=TODAY).date is None
