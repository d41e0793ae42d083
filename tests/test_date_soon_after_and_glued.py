"""Two date classes of unseen pages (own sentences): a text that names, with a bare weekday, a
day two or three days after the one it dates may have been written then, so the dated day is an
estimate (moving it there costs more than it gains on the readable sets); and a byline whose date
is glued to the author's name ("Nama Penulis25 Juni 2013", the markup between them stripped) is
a byline."""

from __future__ import annotations

import datetime as dt
import functools

import pytest

from dashboard.dates import ends_in_glued_date
from dashboard.dates.mentions import find_mentions
from dashboard.dates.publication import find_published
from dashboard.dates.ranking import glued_byline
from dashboard.dates.soon_after import SOON_AFTER_CONFIDENCE, day_soon_after

pytestmark = pytest.mark.unit

TODAY = dt.date(2026, 12, 7)
D = dt.date
published = functools.partial(find_published, today=TODAY)
FRIDAY = D(2025, 7, 11)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Kementerian pada Minggu malam menyatakan keprihatinan.", 2),
        ("Pemantau mengatakan pada hari Senin bahwa 37 orang tewas.", 3),
        ("Pasukan tiba Sabtu pagi.", None),  # the day after: within an inferred date's slack
        ("Bantuan tiba Selasa.", None),  # four days after, or three before: not known which
        ("Mereka bertemu Minggu lalu.", None),  # an earlier day
        ("Pertemuan akan digelar Senin.", None),  # a day still to come
        ("Pertemuan digelar Senin depan.", None),
        # the dated day's own weekday named bare too: the text's days are the dated one's
        ("Serangan terjadi Jumat malam. Pemantau mengatakan pada hari Senin 37 orang tewas.", None),
        ("pada minggu ini warga mengungsi.", None),  # "minggu", lower-case: a week
    ],
)
def test_a_bare_weekday_two_or_three_days_after_the_dated_day(text, days):
    found = day_soon_after(text, find_mentions(text), FRIDAY)
    assert (found[1] if found else None) == days


def test_a_day_named_soon_after_makes_the_dated_day_an_estimate():
    text = (
        "Judul\n"
        "JAKARTA - Bentrokan menewaskan 30 orang, kata kementerian pada Minggu malam.\n"
        "Pemantau mengatakan pada hari Senin bahwa 37 orang tewas.\n"
        "Bentrokan dipicu penculikan seorang pedagang pada hari Jumat (11/7/2025) di jalan raya."
    )
    guess = published(text)
    assert (guess.date, guess.confidence) == (FRIDAY, SOON_AFTER_CONFIDENCE)
    assert "'Minggu malam', 2 hari sesudahnya" in guess.note
    # without the later days, the dated day stands as sure as a weekday's date is (in an export:
    # read without a URL, a text's only date is an estimate)
    url = "https://berita.example/dunia/penculikan-pedagang"
    alone = published(
        "Judul\nPenculikan terjadi pada hari Jumat (11/7/2025) di jalan raya.", url=url
    )
    assert (alone.date, alone.confidence) == (FRIDAY, 0.8)


def test_a_byline_is_not_made_an_estimate_by_a_later_weekday():
    text = "Judul\nJumat, 11 Juli 2025 10:05 WIB\nPemantau mengatakan pada hari Senin 37 tewas."
    assert published(text).confidence == 0.95


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Judul\n\nNama Penulis25 Juni 2013\n\nSebuah taman dijadikan penampungan.",
            D(2013, 6, 25),
        ),
        # glued in a sentence, or to a number: no byline
        ("Judul\nWarga mengungsi dari kota itu sejak Covid19 Juni 2020.\nIsi.", None),
        ("Judul\nNomor 125 Juni 2013\nIsi berita.", None),
        # too far down the page to be a byline
        ("Judul\n" + "Kalimat berita yang panjang.\n" * 9 + "Nama Penulis25 Juni 2013", None),
    ],
)
def test_a_date_glued_to_the_authors_name_is_a_byline(text, date):
    found = glued_byline(text)
    assert (found.date if found else None) == date


def test_a_glued_byline_dates_the_text():
    text = "Judul\n\nNama Penulis25 Juni 2013\n\nPengungsi tiba di taman kota pada Senin (24/6)."
    guess = published(text)
    assert (guess.date, guess.note) == (D(2013, 6, 25), "baris tanggal terbit")


@pytest.mark.parametrize(
    ("line", "glued"),
    [
        ("Nama Penulis25 Juni 2013", True),
        ("Nama Penulis12 Sept. 2016", True),  # a month's short form with its full stop
        ("NAMA PENULIS3 DESEMBER 2024 ", True),  # capitals, a space closing the line
        ("Nama Penulis 25 Juni 2013", False),  # a space before the day: an ordinary date
        ("Hasil balapan Moto2 Prancis 2026", False),  # a name's number, a word not a month
        ("Nomor 125 Juni 2013", False),  # glued to a number, not a name
        ("Nama Penulis25 Juni 2013. Isi berita.", False),  # the date does not close the line
    ],
)
def test_a_line_closing_with_a_date_glued_to_a_name(line, glued):
    # the text stage keeps such a line among page furniture with this same pattern
    assert ends_in_glued_date(line) is glued
