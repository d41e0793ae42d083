"""Publication and event dates in Indonesian text: each date form, year inference, traps."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dashboard.dates import (
    date_from_url,
    find_event_dates,
    find_published,
    infer_dates,
    parse_date_string,
)

pytestmark = pytest.mark.unit

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TODAY = dt.date(2025, 1, 1)  # fixed, so the candidate years do not grow with the calendar
D = dt.date


def published(text: str, **kw):
    return find_published(text, today=TODAY, **kw)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Petinggi faksi, Senin (27/05/2019), menggelar pertemuan.", D(2019, 5, 27)),
        ("kata dia, Kamis (9/2/23), kepada wartawan.", D(2023, 2, 9)),  # two-digit year
        ("Serangan terjadi pada Senin, 6 Februari 2023 ketika bangunan runtuh.", D(2023, 2, 6)),
        ("Pertempuran pecah Jumat 3 Oktober 2014 antara kedua pihak.", D(2014, 10, 3)),
        ("Serangan pada Ahad (14/12/2014) menewaskan lima orang.", D(2014, 12, 14)),
        ("kata juru bicara, Jum'at (8/6/2018).", D(2018, 6, 8)),
        ("kata juru bicara, Jumat (8/6/2018).", D(2018, 6, 8)),
    ],
    ids=[
        "weekday-numeric",
        "two-digit-year",
        "weekday-textual",
        "no-comma",
        "ahad",
        "jum'at",
        "jumat",
    ],
)
def test_a_weekday_with_a_full_date_is_explicit(text, date):
    guess = published(text)
    assert (guess.date, guess.method, guess.weekday_conflict) == (date, "explicit", False)
    assert guess.confidence >= 0.8


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Senin, 27/05/2019 14:05 WIB\nDAMASKUS - Pasukan pemerintah maju.", D(2019, 5, 27)),
        ("Kompas.com - 18/08/2012, 16:09 WIB\nOmar dan Mahmud ingin pulang.", D(2012, 8, 18)),
        (
            "RABU, 22 DESEMBER 2021 | 06:18 WIB | LAPORAN: RENI ERINA\nRMOL. Moskow prihatin.",
            D(2021, 12, 22),
        ),
        ("Senin 15 Dec 2014 16:19 WIB\nPasukan menyerang Aleppo, Ahad (14/12).", D(2014, 12, 15)),
        (
            "Selasa, 29 Mei 2012 – 06:26 WIB\nSehari setelah pembantaian, Jumat (25/5).",
            D(2012, 5, 29),
        ),
    ],
    ids=["wib-stamp", "outlet-stamp", "upper-case", "english-month", "dash"],
)
def test_a_byline_stamp_beats_dates_in_the_story(text, date):
    guess = published("Judul\n\n" + text)
    assert (guess.date, guess.note) == (date, "byline")
    assert guess.confidence >= 0.95


@pytest.mark.parametrize(
    ("written", "date"),
    [
        ("5 Agt 2018", D(2018, 8, 5)),
        ("5 Agu 2018", D(2018, 8, 5)),
        ("5 Agustus 2018", D(2018, 8, 5)),
        ("12 Sept 2016", D(2016, 9, 12)),
        ("12 Sep. 2016", D(2016, 9, 12)),
        ("3 Nop 2015", D(2015, 11, 3)),
        ("3 Nopember 2015", D(2015, 11, 3)),
        ("1 Des 2013", D(2013, 12, 1)),
        ("27 Mei 2019", D(2019, 5, 27)),
        ("9 Peb 2017", D(2017, 2, 9)),
        ("20 Okt 2019", D(2019, 10, 20)),
        ("7 Jan 2020", D(2020, 1, 7)),
    ],
)
def test_month_names_and_abbreviations(written, date):
    guess = published(f"Peristiwa itu terjadi pada {written} di Idlib.")
    assert guess.date == date


@pytest.mark.parametrize(
    ("text", "date", "candidates"),
    [
        # weekday + day/month allow three years; without other evidence the earliest is taken
        (
            "kata Rudskoi pada Rabu (8/2).",
            D(2012, 2, 8),
            (D(2012, 2, 8), D(2017, 2, 8), D(2023, 2, 8)),
        ),
        # "five years since the conflict broke out": 2011 + 5 → 2016/2017
        (
            "kali pertama dalam kurun lima tahun terakhir, atau sejak konflik di Suriah pecah. "
            "kata dia, Rabu (8/2).",
            D(2017, 2, 8),
            (D(2017, 2, 8), D(2012, 2, 8), D(2023, 2, 8)),
        ),
        ("perang saudara yang telah berlangsung enam tahun. Rabu (8/2).", D(2017, 2, 8), None),
        # another year the text names is a floor
        (
            "Operasi dimulai pada tahun 2015. Kata dia, Rabu (8/2).",
            D(2017, 2, 8),
            (D(2017, 2, 8), D(2023, 2, 8)),
        ),
        ("Konflik pecah pada Maret 2020. Rabu (8/2).", D(2023, 2, 8), (D(2023, 2, 8),)),
        # a plan for the future is no floor
        ("Target pembangunan hingga tahun 2030. Rabu (8/2).", D(2012, 2, 8), None),
        ("dilansir dari BBC, Sabtu, 30 November, menurut SOHR", D(2013, 11, 30), None),
    ],
    ids=[
        "weekday-only",
        "war-years",
        "war-lasting",
        "floor-year",
        "floor-month-year",
        "future-plan",
        "textual-no-year",
    ],
)
def test_a_missing_year_is_inferred_from_weekday_and_hints(text, date, candidates):
    guess = published(text)
    assert (guess.date, guess.method) == (date, "inferred")
    if candidates:
        assert guess.candidates == candidates
    assert 0 < guess.confidence < 0.8


def test_an_ambiguous_inferred_year_has_low_confidence():
    assert published("kata Rudskoi pada Rabu (8/2).").confidence < 0.5


def test_a_date_without_weekday_takes_the_weekday_said_elsewhere():
    # photo caption "(21/8)" and "serangan hari Rabu" in the next paragraph
    guess = published("rumah sakit di Duma (21/8).\nserangan hari Rabu yang menewaskan puluhan.")
    assert guess.date == D(2013, 8, 21)
    assert "weekday from 'Rabu'" in guess.note


def test_a_day_and_month_alone_give_a_very_low_confidence_guess():
    guess = published("Pada 20 Januari, Turki meluncurkan operasi.")
    assert guess.method == "inferred" and guess.confidence < 0.2


def test_no_weekday_fits_means_no_date():
    # 31 February never exists; 30/2 neither: no guess rather than a wrong one
    assert published("Pada Senin (30/2) terjadi serangan.").date is None


@pytest.mark.parametrize(
    ("text", "stated", "alternative"),
    [
        # the 2023 earthquake, with the year mistyped: 6 Feb 2022 was a Sunday
        ("gempa yang terjadi pada Senin (6/2/2022).", D(2022, 2, 6), D(2023, 2, 6)),
        ("Serangan terjadi Rabu, 27 Mei 2019.", D(2019, 5, 27), None),
    ],
)
def test_a_weekday_that_contradicts_the_date_is_flagged(text, stated, alternative):
    guess = published(text)
    assert guess.weekday_conflict is True
    assert guess.date == stated and guess.confidence < 0.5
    if alternative:
        assert alternative in guess.candidates and str(alternative) in guess.note


def test_a_consistent_date_is_preferred_to_a_contradicted_one():
    text = "gempa pada Senin (6/2/2022). Kata KBRI, Kamis (9/2/2023), tidak ada korban."
    guess = published(text)
    assert (guess.date, guess.weekday_conflict) == (D(2023, 2, 9), False)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # an evening in Syria is already the next day in Indonesia: published the day after
        ("Ledakan pada Ahad malam (2/4/2023) di Mezze.", D(2023, 4, 3)),
        ("Serangan di Idlib pada Minggu (1/12/2024) malam waktu setempat.", D(2024, 12, 2)),
        ("terjadi pada Minggu, 22 Juni 2025 malam saat kebaktian.", D(2025, 6, 23)),
        # "yesterday (28/5)" was written on the 29th
        ("SOHR melaporkan kemarin (28/5/2012) bahwa 41 orang tewas.", D(2012, 5, 29)),
    ],
    ids=["ahad-malam", "malam-after", "textual-malam", "kemarin"],
)
def test_night_and_yesterday_point_to_the_next_day(text, date):
    guess = published(text)
    assert guess.date == date
    assert guess.candidates[1] == date - dt.timedelta(days=1)


def test_a_past_weekday_date_is_not_the_day_of_writing():
    # "Minggu lalu (27/5)" is an earlier event; the later "Selasa (29/5/2012)" is the news day
    guess = published(
        "tentara menyerang Hama pada Minggu lalu (27/5). Kata aktivis, Selasa (29/5/2012)."
    )
    assert guess.date == D(2012, 5, 29)


def test_text_without_a_date_gives_none():
    guess = published("Ratusan demonstran melaksanakan aksi mogok duduk, Senin, di Homs.")
    assert (guess.date, guess.confidence, guess.method) == (None, 0.0, "none")


@pytest.mark.parametrize(
    ("url", "date"),
    [
        ("https://internasional.kompas.com/read/2015/07/06/00082841/Serangan", D(2015, 7, 6)),
        ("https://news.detik.com/read/2018/06/08/162633/4060286/1148/x", D(2018, 6, 8)),
        ("https://jejaktapak.com/2014/10/03/pertempuran-besar", D(2014, 10, 3)),
        ("https://kabar24.bisnis.com/read/20230209/19/1626405/kbri", D(2023, 2, 9)),
        ("https://rmol.id/amp/2021/12/22/516242/pertemuan", D(2021, 12, 22)),
        ("https://example.id/2015/13/40/x", None),  # not a date
        ("https://voaindonesia.com/a/x-120190919/92227.html", None),  # digits inside a slug
        (None, None),
    ],
)
def test_dates_in_urls(url, date):
    found = date_from_url(url)
    assert (found[0] if found else None) == date


def test_a_url_date_is_the_publication_date_even_when_the_text_names_the_event_day():
    guess = published(
        "sekolah di Raqqa pada hari Minggu (5 Juli) menewaskan enam warga.",
        url="https://internasional.kompas.com/read/2015/07/06/00082841/x",
    )
    assert (guess.date, guess.method, guess.span) == (D(2015, 7, 6), "explicit", None)
    assert "2015-07-05" in guess.note


@pytest.mark.parametrize(
    ("value", "date"),
    [
        ("2019-05-27", D(2019, 5, 27)),
        ("2019-05-27T14:05:00+07:00", D(2019, 5, 27)),
        ("27/05/2019", D(2019, 5, 27)),
        ("Senin, 27 Mei 2019 14:05 WIB", D(2019, 5, 27)),
        ("May 27, 2019", D(2019, 5, 27)),
        ("kemarin", None),
        ("2019-02-30", None),
    ],
)
def test_metadata_date_strings(value, date):
    assert parse_date_string(value) == date


def test_metadata_date_wins_and_bad_metadata_is_noted():
    assert published("Senin (27/05/2019)", metadata="2019-05-28").method == "metadata"
    guess = published("Senin (27/05/2019)", metadata="pekan lalu")
    assert guess.date == D(2019, 5, 27) and "not understood" in guess.note


@pytest.mark.parametrize(
    ("seed", "date"),
    [("000", D(2017, 2, 8)), ("003", D(2019, 5, 27))],
)
def test_seed_publication_dates(seed, date):
    (path,) = SEEDS.glob(f"{seed}_*.txt")
    assert published(path.read_text(encoding="utf-8")).date == date


def test_infer_dates_lists_only_years_where_the_weekday_fits():
    dates, _ = infer_dates(8, 2, 2, floor=None, war=None, today=TODAY)
    assert dates == [D(2012, 2, 8), D(2017, 2, 8), D(2023, 2, 8)]


# --- event dates -------------------------------------------------------------------------------

MONDAY = D(2019, 5, 27)


@pytest.mark.parametrize(
    ("text", "surface", "date", "kind"),
    [
        ("Senin lalu, tiga negara bertemu.", "Senin lalu", D(2019, 5, 20), "relative"),
        ("pertemuan terjadi pada Ahad malam.", "Ahad malam", D(2019, 5, 26), "relative"),
        ("pertemuan terjadi pada hari Kamis.", "Kamis", D(2019, 5, 23), "relative"),
        ("Kamis depan mereka bertemu lagi.", "Kamis depan", D(2019, 5, 30), "relative"),
        ("Serangan kemarin menewaskan lima orang.", "kemarin", D(2019, 5, 26), "relative"),
        ("Pertemuan hari ini di Astana.", "hari ini", MONDAY, "relative"),
        ("Serangan terjadi 3 hari lalu.", "3 hari lalu", D(2019, 5, 24), "relative"),
        ("Serangan pada Sabtu (25/5) malam.", "Sabtu (25/5)", D(2019, 5, 25), "partial"),
        ("Serangan pada 20 Januari 2018.", "20 Januari 2018", D(2018, 1, 20), "absolute"),
    ],
)
def test_event_dates_resolve_against_the_publication_date(text, surface, date, kind):
    events = {e.surface: e for e in find_event_dates(text, MONDAY)}
    assert (events[surface].date, events[surface].kind) == (date, kind)
    start, end = events[surface].span
    assert text[start:end] == surface


def test_a_partial_date_across_new_year_takes_the_nearer_year():
    (event,) = find_event_dates("Serangan pada (30/12).", D(2019, 1, 2))
    assert event.date == D(2018, 12, 30)


def test_lower_case_minggu_is_a_week_not_sunday():
    # "minggu lalu" = last week; only the capitalised day name is Sunday
    assert find_event_dates("Mereka bertemu minggu lalu.", MONDAY) == ()


def test_without_a_publication_date_relative_dates_stay_unknown():
    events = find_event_dates("Senin lalu dan kemarin, serta Rabu (8/2).", None)
    assert [e.date for e in events] == [None, None, None]
    assert [e.kind for e in events] == ["relative", "relative", "partial"]
