"""Two shapes read as dates that are not the day of writing (own sentences, made-up URLs): a
number opening a slug after "/yyyy/mm/" is the title's, not a day (a day is a path segment of its
own); and a numbered list's item ("1. Serangan … 27 November 2024", a timeline's heading) is no
byline, however short."""

from __future__ import annotations

import datetime as dt
import functools

import pytest

from dashboard.dates.mentions import find_mentions
from dashboard.dates.publication import find_published
from dashboard.dates.ranking import is_byline
from dashboard.dates.stamps import date_from_url, month_from_url

pytestmark = pytest.mark.unit

TODAY = dt.date(2026, 12, 7)
D = dt.date
published = functools.partial(find_published, today=TODAY)


@pytest.mark.parametrize(
    ("url", "day", "month"),
    [
        # a title opening with a number: the month only, no day
        ("https://kabar.blogspot.example/2016/08/12-tank-masuk-kota.html", None, (2016, 8)),
        ("https://blog.example.test/2014/10/3-desa-direbut.html", None, (2014, 10)),
        ("https://blog.example.test/2016/04/250-warga-ditukar.html", None, (2016, 4)),
        # the day as a segment of its own, closing the path, before a query or as the page's name
        ("https://blog.example.test/2014/10/03/judul-berita", D(2014, 10, 3), None),
        ("https://blog.example.test/2014/10/03", D(2014, 10, 3), None),
        ("https://blog.example.test/2014/10/03?amp=1", D(2014, 10, 3), None),
        ("https://blog.example.test/2014/10/03.html", D(2014, 10, 3), None),
    ],
)
def test_a_day_in_a_url_is_a_whole_path_segment(url, day, month):
    found = date_from_url(url, TODAY)
    assert (found[0] if found else None) == day
    in_month = month_from_url(url, TODAY)
    assert (in_month[:2] if in_month else None) == month


def test_a_slug_opening_with_a_number_leaves_the_text_its_date():
    text = "Judul\nSebanyak 12 tank memasuki wilayah itu pada Rabu (24/08/2016), kata pejabat."
    guess = published(text, url="https://kabar.blogspot.example/2016/08/12-tank-masuk.html")
    assert guess.date == D(2016, 8, 24)


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("1. Serangan ke kota 27 November 2024", False),  # a timeline's numbered heading
        ("2) Pasukan masuk kota 30 November 2024", False),
        ("12. Gencatan senjata 3 Desember 2024", False),
        # bylines: a date alone, with a clock time, or after a name
        ("27 November 2024", True),
        ("Senin, 27/11/2024 14:05 WIB", True),
        ("Nama Penulis • 27 November 2024 10:31", True),
        ("1 Juli 2018 22:06 WIB", True),  # a day opening the line is no list number
    ],
)
def test_a_numbered_list_item_is_no_byline(line, byline):
    text = f"Judul\n{line}\nIsi berita."
    (m,) = [x for x in find_mentions(text) if x.date is not None]
    assert is_byline(text, m) is byline


def test_a_timeline_heading_does_not_outrank_the_leads_weekday():
    text = (
        "Judul\n"
        "Jakarta - Pasukan menduduki ibu kota pada Minggu pagi (8/12/2024).\n"
        "Bagaimana kronologinya?\n"
        "1. Serangan ke kota 27 November 2024\n"
        "Pada 27 November, pasukan melancarkan serangan."
    )
    assert published(text).date == D(2024, 12, 8)
