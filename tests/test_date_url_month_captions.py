"""Two date classes unseen pages showed (own sentences, made-up URLs): a photo's caption dates the
photo, not the article (a file photo as often as the day's), so a body date outranks it; and a
URL naming only a month rules out a text's dates that cannot lie in that month (an operation's
launch months before) when the text names one that can."""

from __future__ import annotations

import datetime as dt
import functools

import pytest

from dashboard.dates.mentions import find_mentions
from dashboard.dates.publication import find_published
from dashboard.dates.ranking import CAPTION_TIER, in_caption, tier

pytestmark = pytest.mark.unit

TODAY = dt.date(2026, 12, 6)
D = dt.date
published = functools.partial(find_published, today=TODAY)


@pytest.mark.parametrize(
    ("paragraph", "caption"),
    [
        (
            "Warga mengantre di gerbang perbatasan pada Senin pagi (9/12/2024). ANTARA/Anadolu/py.",
            True,
        ),
        ("Pengungsi tiba di kamp pada Selasa (3/3/2020). (REUTERS/Khalil Ashawi)", True),
        ("Asap membubung di atas kota pada Rabu (4/3/2020). (Foto: AFP)", True),
        ("Foto: warga menyelamatkan diri dari serangan pada Kamis (5/3/2020)", True),
        ("ANTARA FOTO/Anadolu/py. Kamis (5/3/2020)", False),  # no sentence before the credit
        # a slash within a sentence is no photo's credit
        ("Bantuan tiba pada Jumat (6/3/2020), kata juru bicara PBB/UNHCR.", False),
        ("Serangan itu terjadi pada Sabtu (7/3/2020) di pinggiran kota.", False),
    ],
)
def test_a_photo_credit_or_label_makes_a_paragraph_a_caption(paragraph, caption):
    (m,) = find_mentions(paragraph)
    assert in_caption(paragraph, m) is caption
    assert (tier(paragraph, m) == CAPTION_TIER) is caption


def test_a_body_date_outranks_a_caption_date_above_it():
    text = (
        "Judul berita\n"
        "Warga mengantre di gerbang perbatasan pada Senin pagi (9/12/2024). ANTARA/Anadolu/py.\n"
        "Istanbul - Ribuan warga telah kembali ke negara asal mereka, menurut badan PBB pada "
        "Kamis (2/1/2025)."
    )
    assert published(text).date == D(2025, 1, 2)
    # the caption alone still dates the text: it is the only date there is
    only_caption = "Judul\nWarga mengantre pada Senin pagi (9/12/2024). ANTARA/Anadolu/py.\n"
    assert published(only_caption).date == D(2024, 12, 9)


MONTH_URL = "https://berita.example.test/2016/12/pasukan-maju-ke-kota.html"


@pytest.mark.parametrize(
    ("text", "url", "date"),
    [
        # the launch day cannot lie in December; the period's first day can: the estimate
        (
            "Pasukan menembus garis pertahanan sejak Jumat (9/12). Operasi itu diluncurkan "
            "pada 24 Agustus.",
            MONTH_URL,
            D(2016, 12, 9),
        ),
        # a date that can lie in the URL's month is taken as before
        (
            "Pasukan maju pada Sabtu (10/12). Operasi diluncurkan pada 24 Agustus.",
            MONTH_URL,
            D(2016, 12, 10),
        ),
        # no date can lie in the URL's month: the text's dates are read as before
        ("Operasi itu diluncurkan pada Rabu (24/8/2016).", MONTH_URL, D(2016, 8, 24)),
    ],
)
def test_a_month_in_the_url_keeps_the_dates_that_can_lie_in_it(text, url, date):
    assert published(text, url=url).date == date


def test_without_the_urls_month_the_operations_day_is_taken():
    """The contrast: the same text without the URL reads the launch day, as it did."""
    text = (
        "Pasukan menembus garis pertahanan sejak Jumat (9/12). Operasi diluncurkan pada 24 Agustus."
    )
    guess = published(text)
    assert (guess.date.month, guess.date.day) == (8, 24)


def test_the_caption_label_is_the_text_stages():
    """Dating (the stage before the text's) keeps its own copy of the caption label: it must be
    the one dashboard/text/page_words.tsv gives the cleaner."""
    from dashboard.dates import ranking
    from dashboard.text.cleaning import _page_words

    assert (ranking._CAPTION_LABEL,) == _page_words()["caption"]
