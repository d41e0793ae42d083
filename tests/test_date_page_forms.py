"""Date forms real pages showed that the first rules missed (own sentences and made-up URLs):
object ids in URLs, a period's first day ("sejak …"), "(5/8/2012), kemarin", a bare "Selasa, 7/2"
after a weekday, and events that date a text (chemical attacks)."""

from __future__ import annotations

import datetime as dt
import functools

import pytest

from dashboard.dates.clues import era_clues
from dashboard.dates.mentions import find_mentions
from dashboard.dates.publication import LONE_DATE_CONFIDENCE, find_published
from dashboard.dates.stamps import date_from_url

pytestmark = pytest.mark.unit

TODAY = dt.date(2026, 12, 6)
D = dt.date
published = functools.partial(find_published, today=TODAY)
UTC = dt.UTC


def object_id(when: dt.datetime, rest: str = "06310e77c1151392") -> str:
    """An object id made at *when*: eight hex digits of its second since 1970, then 16 more."""
    return f"{int(when.timestamp()):08x}{rest}"


@pytest.mark.parametrize(
    ("made", "date"),
    [
        # 18:00 UTC is 01:00 the next day in Jakarta: the page is dated as its outlet dates it
        (dt.datetime(2021, 7, 29, 18, 0, tzinfo=UTC), D(2021, 7, 30)),
        (dt.datetime(2016, 3, 1, 3, 0, tzinfo=UTC), D(2016, 3, 1)),
    ],
)
def test_an_object_id_in_the_url_is_the_day_the_page_was_made(made, date):
    url = f"https://blog.example.test/penulis/{object_id(made)}/judul-artikel"
    assert date_from_url(url, TODAY) == (date, object_id(made))
    guess = published("Pasukan bergerak pada Sabtu (24/7/2021).", url=url)
    assert (guess.date, guess.method) == (date, "explicit")


@pytest.mark.parametrize(
    "url",
    [
        # before ObjectIds existed, or after today: a hash, not an id
        f"https://x.test/a/{object_id(dt.datetime(2005, 1, 1, tzinfo=UTC))}/b",
        f"https://x.test/a/{object_id(dt.datetime(2030, 1, 1, tzinfo=UTC))}/b",
        "https://x.test/a/ffffffff06310e77c1151392",
        # 23 or 25 hex digits, or upper case: no id
        "https://x.test/a/610301b806310e77c115139/b",
        "https://x.test/a/610301b806310e77c11513920/b",
        "https://x.test/a/610301B806310E77C1151392/b",
    ],
)
def test_other_hex_runs_in_a_url_give_no_date(url):
    assert date_from_url(url, TODAY) is None


@pytest.mark.parametrize(
    ("text", "past"),
    [
        ("Kota itu dikepung sejak 29 Desember 2017.", True),
        ("Serangan berlanjut semenjak Senin (6/2/2023).", True),
        ("Aturan itu berlaku mulai tanggal 1 Januari 2020.", True),
        ("Pasukan mulai menyerang, Senin (6/2/2023).", False),
        ("Pasukan masuk pada 29 Desember 2017.", False),
    ],
)
def test_a_periods_first_day_is_an_earlier_day(text, past):
    (m,) = find_mentions(text)
    assert m.past is past


def test_a_text_whose_only_date_starts_a_period_gives_no_publication_date():
    text = "Lebih dari 200 warga tewas di kota yang dikepung sejak 29 Desember 2017."
    assert published(text).date is None


def test_a_period_started_on_a_named_weekday_is_recent_and_dates_the_text_as_an_estimate():
    # news names a weekday only for days of the last week: "since Sunday" began just now
    guess = published("Tentara berpatroli di kota itu sejak Minggu (27/3/2011).")
    assert guess.date == D(2011, 3, 27)
    assert guess.confidence <= 0.3 and "awal suatu masa" in guess.note


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Pertempuran meningkat di Minggu (5/8/2012), kemarin, di kota itu.", D(2012, 8, 6)),
        ("Pertempuran meningkat Minggu (5/8/2012) kemarin.", D(2012, 8, 6)),
        ("Pertempuran meningkat Minggu (5/8/2012). Kemarin sepi.", D(2012, 8, 5)),
    ],
)
def test_kemarin_after_a_comma_still_says_the_day_before_writing(text, date):
    assert published(text).date == date


@pytest.mark.parametrize(
    ("text", "day_month"),
    [
        ("Gempa terjadi Senin, 6/2/2023. Tim tiba Selasa, 7/2 di Hatay.", [(6, 2), (7, 2)]),
        ("Sepertiga warga, atau 1/3 dari mereka, mengungsi.", []),
        ("Skor akhir 2/1 untuk tuan rumah, Senin malam.", []),
        ("Jumat, 12/5/2017 dan Sabtu, 13/5", [(12, 5), (13, 5)]),
    ],
)
def test_a_bare_day_and_month_is_a_date_only_after_a_weekday(text, day_month):
    assert [(m.day, m.month) for m in find_mentions(text)] == day_month


def test_a_bare_weekday_date_after_the_event_is_the_day_of_writing():
    text = "Gempa mengguncang Senin, 6/2/2023. Bantuan datang Selasa, 7/2 ke kota itu."
    guess = published(text)
    assert guess.date == D(2023, 2, 7) and "Selasa, 7/2" in guess.note


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "serangan senjata kimia terhadap warga, menewaskan ratusan di Ghoutah timur",
            "2013-08-21",
        ),
        ("korban serangan kimia di Ghouta Timur", "2013-08-21"),
        ("penyelidik serangan gas beracun di Douma", "2018-04-07"),
        ("serangan kimia di Khan Sheikhoun", "2017-04-04"),
    ],
)
def test_a_chemical_attack_named_with_its_place_dates_the_text(text, first):
    (clue,) = era_clues(text)
    assert str(clue.windows[0][0]) == first


def test_a_chemical_attack_decides_a_year_a_bare_date_leaves_open():
    # "(21/8)" alone fits every year; the attack on Ghouta was on 21 August 2013
    text = "Seperti dilansir kantor berita (21/8), serangan senjata kimia di Ghouta menewaskan 300."
    assert published(text).date == D(2013, 8, 21)


@pytest.mark.parametrize(
    ("made", "date"),
    [
        # 17:30 UTC is past midnight in Jakarta
        (dt.datetime(2024, 12, 25, 17, 30, tzinfo=UTC), D(2024, 12, 26)),
        (dt.datetime(2023, 1, 21, 9, 0, tzinfo=UTC), D(2023, 1, 21)),
    ],
)
def test_a_unix_time_closing_the_slug_is_the_day_the_page_was_made(made, date):
    stamp = str(int(made.timestamp()))
    for url in (
        f"https://news.example.test/read/1508487/43/judul-artikel-{stamp}",
        f"https://news.example.test/read/1002305/43/judul-artikel-{stamp}?showpage=all",
        # the stamp opening the title, glued to its first word
        f"https://news.example.test/berita/baca/{stamp}Judul-Artikel-Panjang",
        f"https://news.example.test/berita/baca/{stamp}judul",
        # the stamp opening the segment before a hyphen and the title (a serial is 6-7 digits)
        f"https://news.example.test/berita/baca/{stamp}-judul-artikel-panjang?page=4",
    ):
        assert date_from_url(url, TODAY) == (date, stamp)


def base36(when: dt.datetime) -> str:
    """The six base-36 digits of *when*'s second since 1970 (a Republika article code)."""
    n, digits = int(when.timestamp()), ""
    while n:
        n, d = divmod(n, 36)
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"[d] + digits
    return digits


@pytest.mark.parametrize(
    ("shape", "made", "date"),
    [
        # before the title, six digits (older pages)
        (
            "https://internasional.republika.co.id/berita/{}/pasukan-rebut-kota-di-utara",
            dt.datetime(2014, 12, 15, 9, 19, tzinfo=UTC),
            D(2014, 12, 15),
        ),
        # six digits and three more (newer pages); 17:30 UTC is past midnight in Jakarta
        (
            "https://www.republika.co.id/berita/{}368/pasukan-rebut-kota-di-utara",
            dt.datetime(2024, 12, 25, 17, 30, tzinfo=UTC),
            D(2024, 12, 26),
        ),
        # the code alone, no title
        (
            "https://sharia.republika.co.id/berita/{}370",
            dt.datetime(2023, 1, 21, 9, 0, tzinfo=UTC),
            D(2023, 1, 21),
        ),
        # an old URL: the code after its "/yy/mm/dd/" (here a day later, to tell them apart)
        (
            "http://www.republika.co.id/berita/dunia/timteng/15/01/27/{}-pasukan-rebut-kota",
            dt.datetime(2015, 1, 28, 14, 53, tzinfo=UTC),
            D(2015, 1, 28),
        ),
        # after section folders, with its three digits
        (
            "https://internasional.republika.co.id/berita/internasional/timur-tengah/{}320/"
            "pasukan-rebut-kota-di-utara",
            dt.datetime(2019, 3, 11, 19, 41, tzinfo=UTC),
            D(2019, 3, 12),
        ),
        # an AMP page's, with its three digits
        (
            "https://republika.co.id/amp/{}370/pasukan-rebut-kota-di-utara",
            dt.datetime(2022, 7, 22, 6, 31, tzinfo=UTC),
            D(2022, 7, 22),
        ),
        # Ihram, Republika's hajj and umrah site: the code and ten digits, no title
        (
            "https://ihram.co.id/berita/{}1592936279",
            dt.datetime(2022, 2, 1, 19, 52, tzinfo=UTC),
            D(2022, 2, 2),
        ),
    ],
    ids=["six", "nine", "code-alone", "old", "after-sections", "amp", "ihram-ten-digits"],
)
def test_a_republika_code_is_the_second_the_page_was_made(shape, made, date):
    code = base36(made)
    assert date_from_url(shape.format(code), TODAY) == (date, code)


@pytest.mark.parametrize(
    "url",
    [
        # another outlet: "/berita/" then a word of six letters is a section as often
        "https://www.example.co.id/berita/"
        + base36(dt.datetime(2020, 1, 1, tzinfo=UTC))
        + "/a-b-c",
        "https://republika.co.id.example.test/berita/ngm9wf/pasukan-rebut-kota",
        # sections, not codes ("sports" read in base 36 would be a second of 2025)
        "https://republika.co.id/berita/sports/liga-inggris",
        "https://republika.co.id/berita/sports/x",
        "https://www.republika.co.id/berita/palestina/pasukan-rebut-kota",
        # a code whose second is before 2009 ("global") or after today ("zzzzzz")
        "https://republika.co.id/berita/global/pasukan-rebut-kota",
        "https://republika.co.id/berita/zzzzzz/pasukan-rebut-kota",
        # a link to the page in another page's query
        "https://x.test/?u=republika.co.id/berita/ngm9wf/pasukan-rebut-kota",
        # a section word after section folders or "/amp/", no digits after it: no code
        "https://republika.co.id/berita/internasional/global/pasukan-rebut-kota",
        "https://republika.co.id/amp/global/pasukan-rebut-kota",
        # a code's shape, ten digits, on a host not Republika's
        "https://example.co.id/berita/ngm9wf1592936279",
    ],
    ids=[
        "other-host",
        "look-alike-host",
        "section",
        "section-bare",
        "long-section",
        "2000",
        "future",
        "query",
        "section-after-sections",
        "section-after-amp",
        "ten-digits-other-host",
    ],
)
def test_what_is_no_republika_code_gives_no_date(url):
    assert date_from_url(url, TODAY) is None


@pytest.mark.parametrize(
    "url",
    [
        "https://x.test/read/1508487/43/judul",  # a 7-digit article number
        "https://x.test/read/1735197130/judul",  # ten digits, not closing a slug after a hyphen
        "https://x.test/read/1735197130-2-judul",  # ten digits, a hyphen, then no title word
        "https://x.test/read/1413457-judul",  # a 7-digit serial before the title
        "https://x.test/read/17351971301judul",  # eleven digits glued to a word
        "https://x.test/read/x1735197130judul",  # not opening the path segment
        "https://x.test/a/judul-12345678901",  # eleven digits
        "https://x.test/a/judul-1000000000",  # 2001: before such stamps are read
        "https://x.test/a/judul-1999999999",  # 2033: after today
    ],
)
def test_other_digit_runs_in_a_url_give_no_date(url):
    assert date_from_url(url, TODAY) is None


@pytest.mark.parametrize(
    ("url", "text", "date"),
    [
        # Wednesday 8 Feb: 2012, 2017, 2023; the URL's month leaves 2017
        ("https://blog.example.test/2017/02/judul.html", "Kata dia, Rabu (8/2).", D(2017, 2, 8)),
        # "kemarin (23/2)" without a weekday: every year fits; the month decides, then +1 day
        ("https://blog.example.test/2012/02/judul.html", "kemarin (23/2) ramai.", D(2012, 2, 24)),
        # an event a few days before the page's month began
        ("https://x.example.test/2024/01/judul.html", "Serangan Sabtu (30/12).", D(2023, 12, 30)),
    ],
)
def test_a_urls_month_decides_the_year_of_a_date_written_without_one(url, text, date):
    guess = published(text, url=url)
    assert (guess.date, guess.method) == (date, "inferred")
    assert "bulan di URL" in guess.note


def test_a_urls_month_is_no_date_and_a_full_url_date_still_wins():
    assert published("Tidak ada tanggal.", url="https://x.test/2017/02/judul").date is None
    guess = published("Rabu (8/2).", url="https://x.test/2017/02/09/judul")
    assert (guess.date, guess.method) == (D(2017, 2, 9), "explicit")


BANNER_LEAD = "Pasukan oposisi pada Senin (9/12) merebut kota itu dari kelompok bersenjata."


@pytest.mark.parametrize(
    "stamp",
    [
        "Sunday, December 22, 2024",  # a site's banner in English, as themes print it
        "Minggu, 22 Desember 2024",
        "22 Desember 2024",
    ],
)
def test_a_bare_date_line_long_after_the_leads_day_is_a_banner(stamp):
    guess = published(f"Judul berita\n{stamp}\n\n{BANNER_LEAD}")
    assert (guess.date, guess.method) == (D(2024, 12, 9), "inferred")
    assert guess.confidence < 0.7 and D(2024, 12, 22) in guess.candidates
    assert "tanggal situs" in guess.note


def test_a_banners_year_is_not_the_leads_when_what_the_text_names_says_another():
    # Sunday 21 January: 2018 or 2024 before the banner; the operation the text names began on 20
    # January 2018 (eras.tsv) and the banner's own year is no clue to the story's
    lead = "Pasukan Turki pada Minggu (21/1) terus menyerang dalam operasi Olive Branch."
    guess = published(f"Judul berita\nJumat, 26 April 2024\n\n{lead}")
    assert (guess.date, guess.method) == (D(2018, 1, 21), "inferred")
    assert "tanggal situs" in guess.note
    # the same lead naming nothing dated: the latest day before the banner that fits
    plain = "Pasukan Turki pada Minggu (21/1) terus menyerang."
    assert published(f"Judul berita\nJumat, 26 April 2024\n\n{plain}").date == D(2024, 1, 21)
    # a bare date line a day after the lead's day is its byline, whatever era the text names
    near = "Pasukan Turki pada Kamis (25/4) terus menyerang dalam operasi Olive Branch."
    assert published(f"Judul berita\nJumat, 26 April 2024\n\n{near}").date == D(2024, 4, 26)


@pytest.mark.parametrize(
    "stamp",
    [
        "Minggu, 22 Desember 2024 14:05 WIB",  # a clock time: the page's own stamp
        "Penulis: Budi | Minggu, 22 Desember 2024",  # a byline with its author
    ],
)
def test_a_byline_with_a_time_or_a_name_stays_the_date(stamp):
    assert published(f"Judul berita\n{stamp}\n\n{BANNER_LEAD}").date == D(2024, 12, 22)


def test_a_bare_date_line_a_day_after_the_lead_stays_the_date():
    text = "Judul berita\nSelasa, 10 Desember 2024\n\n" + BANNER_LEAD
    assert published(text).date == D(2024, 12, 10)


@pytest.mark.parametrize(
    ("text", "date", "confidence"),
    [
        # the day Assad's regime fell, no weekday: that event, not the day of writing (a guess)
        (
            "Warga mengungsi akibat serangan pasukan Assad, yang digulingkan pada 8 Desember 2024. "
            "Kini mereka pulang.",
            D(2024, 12, 8),
            0.4,
        ),
        # so another date the text names comes first
        (
            "Warga mengungsi akibat serangan pasukan Assad, yang digulingkan pada 8 Desember 2024. "
            "Mereka pulang pada 20 Januari 2025 ke desa itu.",
            D(2025, 1, 20),
            0.6,
        ),
        (
            "Gempa Turki-Suriah pada 6 Februari 2023 menewaskan ribuan orang. Bantuan tiba pada 20 "
            "Februari 2023.",
            D(2023, 2, 20),
            0.6,
        ),
        # with its weekday it is news of that day, as any first date (the only date of a text
        # read without its URL: an estimate, it may have been written the day after)
        (
            "Minggu (8/12/2024) pasukan oposisi memasuki Damaskus. Rezim Assad yang telah tumbang "
            "meninggalkan istana.",
            D(2024, 12, 8),
            LONE_DATE_CONFIDENCE,
        ),
    ],
    ids=["fall-alone", "fall-then-return", "quake-then-aid", "fall-with-weekday"],
)
def test_the_first_day_of_a_named_era_without_its_weekday_is_that_event(text, date, confidence):
    guess = published(text)
    assert (guess.date, guess.confidence) == (date, confidence)
