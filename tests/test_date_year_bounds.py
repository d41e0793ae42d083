"""What bounds the year of a date written without one: every year the text names (not only after
"tahun"/"pada"/a month), the war's age in decades, and what is said when years stay tied."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.dates.clues import war_decades, war_years, year_hints
from dashboard.dates.publication import find_published

pytestmark = pytest.mark.unit

TODAY = dt.date(2025, 1, 1)  # fixed, so the candidate years do not grow with the calendar
D = dt.date
#: 31 October was a Tuesday in 2017 and 2023 only (since 2011, up to TODAY): nothing else in
#: these texts tells the two apart but the year they name.
TUESDAY = "Dua roket menghantam pangkalan itu pada Selasa (31/10) pagi."


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Jejak gempa 2023 masih terlihat.", [2023]),  # a bare year after a noun
        ("Judul\n date 2023-11 foto\n", [2023]),  # a page's year-month banner
        ("Konflik 2012-2013 menewaskan banyak orang.", [2012, 2013]),  # a span: both ends
        ("Anggaran (2016). Laporan 2017.", [2016, 2017]),  # brackets, a sentence's end
        ("Laporan tahun 2016 dan Maret 2018.", [2016, 2018]),  # the leads read before still count
        # not a year: a number's digit group, part of a word, a path, a longer number
        ("Sebanyak 2.015 warga dan 12.2015 unit, 2015,5 ton.", []),
        ("Kode x2013, berkas /2019/ dan nomor 20199.", []),
        # a plan or a forecast is no floor; nor is a page footer's copyright
        ("Target pembangunan hingga 2024.", []),
        ("Pemilu pada 2024 mendatang.", []),
        ("Kontak Redaksi\n2024 © PT Media Network", []),
        ("© 2024 Suara.com - All Rights Reserved", []),
        ("Copyright 2024 Kompas", []),
        ("Visi 2030 negara itu.", []),  # later than today: not a year already past
    ],
    ids=[
        "bare-year",
        "year-month-banner",
        "span",
        "bracket-and-full-stop",
        "leads-still-count",
        "digit-groups",
        "inside-words-paths-numbers",
        "plan-hingga",
        "plan-mendatang",
        "copyright-after",
        "copyright-before",
        "copyright-word",
        "after-today",
    ],
)
def test_every_year_the_text_names_as_past_is_a_hint(text, years):
    assert year_hints(text, TODAY.year) == years


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (TUESDAY, D(2017, 10, 31)),  # tied: the earliest, as an estimate
        ("Kerusakan akibat gempa 2023 belum pulih. " + TUESDAY, D(2023, 10, 31)),
        ("Judul\n date 2023-11 foto\n\n" + TUESDAY, D(2023, 10, 31)),
        # a count with a digit group and a footer's copyright bound nothing
        ("Sebanyak 2.023 warga mengungsi. " + TUESDAY, D(2017, 10, 31)),
        (TUESDAY + "\nKontak Redaksi\n2024 © PT Media Network", D(2017, 10, 31)),
    ],
    ids=["tied", "bare-year", "year-month-banner", "count", "copyright"],
)
def test_a_year_named_anywhere_bounds_a_date_without_one(text, date):
    guess = find_published(text, today=TODAY)
    assert (guess.date, guess.method) == (date, "inferred")


@pytest.mark.parametrize(
    ("text", "note", "confidence"),
    [
        # two years no clue tells apart: both named, the earliest taken, a guess
        (TUESDAY, "seri: 2017, 2023 sama-sama cocok dengan semua petunjuk", 0.4),
        # three: less sure still
        (
            "Kata juru bicara itu, Rabu (8/2).",
            "seri: 2012, 2017, 2023 sama-sama cocok dengan semua petunjuk",
            0.25,
        ),
        # no weekday: every year since the war began, named as a count and a span
        (
            "Pada 14 Juli, pasukan memulai serangan darat.",
            "seri: 14 tahun (2011-2024) sama-sama cocok dengan semua petunjuk",
            0.15,
        ),
        # the tie stays named, and the guess a guess, on the other paths to the day of writing:
        # a later day reported, a period's first day, the day after an earlier day of the week
        (
            "Serangan terjadi Rabu (9/10). Pada Jumat (11/10) pasukan mundur dari kota.",
            "seri: 2013, 2019, 2024 sama-sama cocok dengan semua petunjuk",
            0.25,
        ),
        (
            "Pasukan mundur sejak Minggu (27/3).",
            "seri: 2011, 2016, 2022 sama-sama cocok dengan semua petunjuk",
            0.25,
        ),
        ("Ahad kemarin (17/12) pasukan mundur.", "seri: 2017, 2023 sama-sama cocok", 0.3),
    ],
    ids=["two", "three", "no-weekday", "later-day", "period-start", "after-earlier-day"],
)
def test_a_tie_between_years_is_named_in_the_note_and_lowers_the_confidence(text, note, confidence):
    guess = find_published(text, today=TODAY)
    assert note in guess.note and "diambil tahun paling awal" in guess.note
    assert guess.confidence == confidence


def test_one_year_left_is_no_tie():
    guess = find_published("Konflik pecah pada Maret 2020. Rabu (8/2).", today=TODAY)
    assert guess.date == D(2023, 2, 8) and "seri" not in guess.note and guess.confidence == 0.65


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Konflik memasuki tahun ke-12 perang saudara.", 11),  # the 12th year: 11 years on
        ("tahun kesepuluh konflik di Suriah", 9),
        ("perang yang kini memasuki tahun kedua belas", 11),
        # another war's age is not Syria's
        ("tahun ketiga perang Ukraina", None),
        ("krisis yang memasuki tahun kedua", 1),  # a bare war word: read as Syria's
        ("tahun kedua krisis ekonomi", None),
        # an anniversary: the 14th is 14 years on (not the 14th year, 13 years on)
        ("Warga merayakan ulang tahun ke-14 revolusi Suriah.", 14),
        ("peringatan ke-10 revolusi di Idlib", 10),
        ("ulang tahun ketiga perang Ukraina", None),
    ],
    ids=[
        "ordinal-digits",
        "ordinal-word",
        "war-first",
        "ukraine",
        "bare-crisis",
        "economy",
        "anniversary",
        "commemoration",
        "ukraine-anniversary",
    ],
)
def test_the_wars_age_as_an_ordinal(text, years):
    assert war_years(text) == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Selama satu dekade lebih perang di negara itu, ratusan serangan.", 10),
        ("Selama lebih dari satu dekade perang saudara, warga mengungsi.", 10),
        ("perang saudara yang telah berlangsung lebih dari satu dekade", 10),
        ("hampir satu dekade konflik", 9),
        ("sedasawarsa revolusi", 10),
        # not the war's age: a decade of something else, another war, other decades
        ("Selama lebih dari satu dekade, rezim itu menguasai wilayah tersebut.", None),
        ("kekuasaan keluarga yang telah berlangsung lebih dari lima dekade", None),
        ("perang di Yaman yang telah berlangsung lebih dari satu dekade", None),
        ("satu dekade konflik Israel-Palestina", None),
        ("Dekade terakhir penuh tantangan.", None),
    ],
    ids=[
        "decade-lebih",
        "more-than-a-decade",
        "lasting-a-decade",
        "almost",
        "dasawarsa",
        "no-war-word",
        "five-decades",
        "yemen",
        "israel-palestine",
        "no-count",
    ],
)
def test_the_wars_age_in_decades(text, years):
    found = war_decades(text)
    assert (found[0] if found else None) == years


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # 20 January was a Saturday in 2018 and 2024: a decade of war rules out 2018
        (
            "Selama satu dekade lebih perang di negara itu. Serangan pada Sabtu (20/1).",
            D(2024, 1, 20),
        ),
        ("Serangan pada Sabtu (20/1).", D(2018, 1, 20)),  # nothing else: tied, the earliest
        # the 12th year (March 2022 on) fits 2024 better than 2018
        ("Konflik memasuki tahun ke-12 perang. Serangan pada Sabtu (20/1).", D(2024, 1, 20)),
        # a weekday that fits outweighs the decade: 8 February was a Wednesday in 2012, 2017 and
        # 2023, not 2021 or 2022
        ("Lebih dari satu dekade perang. Rabu (8/2).", D(2023, 2, 8)),
    ],
    ids=["decade", "tie", "ordinal", "weekday-first"],
)
def test_the_wars_age_bounds_a_date_without_its_year(text, date):
    guess = find_published(text, today=TODAY)
    assert (guess.date, guess.method) == (date, "inferred")


@pytest.mark.parametrize(
    ("text", "date", "at_least", "at_most"),
    [
        # the same day with its year later in the text, and the first one's weekday fits it
        # (read without a URL, the first day the prose names is an event's: an estimate, 0.65)
        (
            "Pasukan tiba Jumat (29/3) pagi di kota itu. Kantor berita melaporkan (29/3/2013) "
            "korban bertambah.",
            D(2013, 3, 29),
            0.65,
            0.65,
        ),
        # the twin's weekday fits its year, the first one's does not (21/5/2022 was a Saturday):
        # the text's own year and day, no guess, but the slip keeps it unsure
        (
            "Jumat (21/5) malam, rudal menyerang dekat ibu kota. Kantor berita melaporkan, Sabtu "
            "(21/5/2022), tiga tentara tewas.",
            D(2022, 5, 21),
            0.0,
            0.3,
        ),
        # "kemarin" still counts from the day, the year comes from the twin
        (
            "Kemarin (28/5) rudal menyerang. Laporan Selasa (28/5/2019) menyebut tiga tewas.",
            D(2019, 5, 29),
            0.6,
            0.7,
        ),
    ],
    ids=["weekday-fits", "weekday-slip", "yesterday"],
)
def test_a_day_stated_with_its_year_elsewhere_gives_its_year(text, date, at_least, at_most):
    guess = find_published(text, today=TODAY)
    assert guess.date == date and guess.method == "explicit"
    assert at_least <= guess.confidence <= at_most
    assert "di bagian lain teks" in guess.note


@pytest.mark.parametrize(
    "text",
    [
        # an anniversary: the day of another year, no weekday tying them (15/3/2011 was a Tuesday)
        "Kamis (15/3) warga memperingati revolusi yang dimulai 15 Maret 2011.",
        # neither weekday fits the stated year (21/5/2022 was a Saturday)
        "Selasa (21/5) rudal menyerang. Laporan itu terbit Senin (21/5/2022) di sana.",
    ],
    ids=["anniversary", "both-weekdays-wrong"],
)
def test_the_same_day_of_another_year_gives_no_year(text):
    guess = find_published(text, today=TODAY)
    assert guess.method == "inferred" and "di bagian lain teks" not in guess.note


def test_a_wars_length_against_the_weekdays_year_is_a_conflict_not_a_sure_date():
    # "9 Februari" with the statement's "Senin": a Monday in 2015, but an eight-year war is 2019:
    # the weekday (borrowed) still outweighs the rough count, and the note says they disagree
    text = (
        "Pada malam tanggal 9 Februari dua pesawat nirawak ditembak jatuh, kata pejabat itu, "
        "Senin. Negara itu dilumpuhkan perang delapan tahun."
    )
    alone = find_published(text.rsplit(" Negara", 1)[0], today=TODAY)
    guess = find_published(text, today=TODAY)
    assert guess.date == alone.date == D(2015, 2, 9)
    assert "petunjuk bertentangan" in guess.note and "'8 tahun' sejak perang" in guess.note
    # (alone, a borrowed weekday's date is a guess too: 0.3 at most; the conflict costs more)
    assert guess.confidence < alone.confidence <= 0.3


def test_a_war_longer_than_syrias_is_another_war():
    # "perang 30 tahun" (the Thirty Years' War) gives no age: the tie stays a tie
    text = "Sejarah perang 30 tahun di Eropa dibahas. Serangan pada Sabtu (20/1)."
    guess = find_published(text, today=TODAY)
    assert guess.date == D(2018, 1, 20) and "seri: 2018, 2024" in guess.note


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a year beside a name may be an event still to come: it breaks a tie, but a weekday
        # outweighs it (31 Oct 2024 was a Thursday, so the latest Tuesday, 2023, is taken)
        ("Paris bersiap untuk Olimpiade 2024. " + TUESDAY, D(2023, 10, 31)),
        # a year an event is put in ("pada 2024") is firm: it outweighs the weekday
        ("Konvoi itu tiba pada 2024. " + TUESDAY, D(2024, 10, 31)),
    ],
    ids=["beside-a-name", "placed"],
)
def test_a_year_beside_a_name_weighs_less_than_a_year_an_event_is_put_in(text, date):
    assert find_published(text, today=TODAY).date == date
