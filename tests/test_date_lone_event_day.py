"""A text read without its URL whose date is the first day its prose names ("Militer merebut kota
itu pada Minggu (26/11/2023).", alone or beside other days) tells the day of an event, which is
often the day before it was written: an estimate, not a sure date (own sentences)."""

from __future__ import annotations

import datetime as dt
import functools

import pytest

from dashboard.dates.publication import LONE_DATE_CONFIDENCE, TIER_CONFIDENCE, find_published

pytestmark = pytest.mark.unit

TODAY = dt.date(2026, 12, 7)
D = dt.date
published = functools.partial(find_published, today=TODAY)
SUNDAY = D(2023, 11, 26)
#: An export's URL that carries no date, and one that does (the day after the event).
URL_WITHOUT_DATE = "https://berita.example/dunia/militer-rebut-kota"
URL_WITH_DATE = "https://berita.example/2023/11/27/militer-rebut-kota"


@pytest.mark.parametrize(
    ("text", "date", "confidence"),
    [
        # the one date the text names, a weekday's: the event's day, an estimate
        ("Judul\nMiliter merebut kota itu pada Minggu (26/11/2023).", SUNDAY, LONE_DATE_CONFIDENCE),
        # named twice, or beside an earlier day: still the first day the prose names, an event's
        (
            "Judul\nMiliter merebut kota itu pada Minggu (26/11/2023). Pada Minggu (26/11/2023) "
            "warga mengungsi.",
            SUNDAY,
            LONE_DATE_CONFIDENCE,
        ),
        (
            "Judul\nMiliter merebut kota itu pada Minggu (26/11/2023), sepekan setelah serangan "
            "Senin (20/11/2023).",
            SUNDAY,
            LONE_DATE_CONFIDENCE,
        ),
        # a later day reported after it is the day of writing, as sure as a weekday's date
        (
            "Judul\nMiliter merebut kota itu pada Minggu (26/11/2023). Warga mengungsi pada "
            "Selasa (28/11/2023), kata pejabat.",
            D(2023, 11, 28),
            TIER_CONFIDENCE[1],
        ),
        # said to be today: the day of writing
        (
            "Judul\nMiliter merebut kota itu hari ini, Minggu (26/11/2023).",
            SUNDAY,
            TIER_CONFIDENCE[1],
        ),
        # a byline is the page's own date
        (
            "Judul\nMinggu, 26 November 2023 10:05 WIB\nMiliter merebut kota itu.",
            SUNDAY,
            TIER_CONFIDENCE[0],
        ),
        # a lone date already an estimate keeps its own confidence
        ("Judul\nMiliter merebut kota itu pada 26 November 2023.", SUNDAY, TIER_CONFIDENCE[2]),
    ],
    ids=["lone", "twice", "beside-earlier", "later-day", "today", "byline", "no-weekday"],
)
def test_a_lone_date_of_a_text_without_its_url_is_an_estimate(text, date, confidence):
    guess = published(text)
    assert (guess.date, guess.confidence) == (date, confidence)
    assert ("mungkin terbit sehari kemudian" in guess.note) is (confidence == LONE_DATE_CONFIDENCE)


@pytest.mark.parametrize(
    ("url", "date", "confidence"),
    [
        # an export whose URL has no date: the lone date is as sure as a weekday's
        (URL_WITHOUT_DATE, SUNDAY, TIER_CONFIDENCE[1]),
        # the URL's date wins
        (URL_WITH_DATE, D(2023, 11, 27), 0.95),
    ],
    ids=["url-without-date", "url-with-date"],
)
def test_a_lone_date_read_with_the_url(url, date, confidence):
    guess = published("Judul\nMiliter merebut kota itu pada Minggu (26/11/2023).", url=url)
    assert (guess.date, guess.confidence) == (date, confidence)
