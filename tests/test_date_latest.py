"""The day of writing is the latest day a text reports (own sentences): a later day named after
the event, within ten days, speaks for it; days to come, earlier events and days beyond the
window do not. Also: the war's age written as "N tahun konflik", and pictures' captions."""

from __future__ import annotations

import datetime as dt
import functools

import pytest

from dashboard.dates.clues import war_years
from dashboard.dates.latest import to_come
from dashboard.dates.mentions import find_mentions
from dashboard.dates.pictures import without_pictures
from dashboard.dates.publication import find_published

pytestmark = pytest.mark.unit

TODAY = dt.date(2026, 12, 6)
D = dt.date


published = functools.partial(find_published, today=TODAY)


@pytest.mark.parametrize(
    ("text", "date", "method"),
    [
        # a week of rescue work after the quake: the last day reported is the day of writing
        (
            "Gempa mengguncang pada Senin (6/2/2023). Regu penyelamat masih mencari korban "
            "hingga Selasa (14/2/2023) di kota itu.",
            D(2023, 2, 14),
            "explicit",
        ),
        # the wire quoted the day after the raid; both without a year
        (
            "Pesawat membom pasar pada Ahad (15/12). Kantor berita itu, seperti dikutip "
            "Senin (16/12), menyebut 20 korban. Konflik 2,5 tahun terakhir belum reda.",
            D(2013, 12, 16),
            "inferred",
        ),
        # the event without a year, the report with one
        (
            "Rudal ditembak jatuh pada Selasa (16/3). Menurut kantor berita, Rabu "
            "(17/3/2021), tidak ada korban.",
            D(2021, 3, 17),
            "explicit",
        ),
        # a statement of a plan, with a comma before the day: the day of the statement
        (
            "Menteri itu mengatakan pada Senin (6/3/2017) bahwa negaranya akan membalas, "
            "Selasa (7/3/2017).",
            D(2017, 3, 7),
            "explicit",
        ),
    ],
    ids=["until-a-later-day", "quoted-next-day", "yearless-then-full", "plan-said-later"],
)
def test_a_later_reported_day_is_the_day_of_writing(text, date, method):
    guess = published(text)
    assert (guess.date, guess.method) == (date, method)
    assert "hari terakhir yang dilaporkan" in guess.note
    assert guess.evidence and guess.evidence in " ".join(text.split())


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a day still to come, said after it or planned before it in the same clause
        ("Perbatasan dibuka Jumat (27/9/2019) dan diresmikan Senin (30/9/2019) mendatang.", 27),
        ("Bantuan tiba pada Rabu (13/1/2016) dan dijadwalkan dikirim Kamis (14/1/2016).", 13),
        # more than ten days later: another story (an anniversary, a summit), not this one
        ("Serangan terjadi Senin (6/2/2023); sidang digelar Senin (20/2/2023).", 6),
        # an earlier event said to be past is no later day, wherever it stands
        ("Warga mengungsi pada Kamis (9/3/2017). Pekan lalu, Senin lalu (6/3), sepi.", 9),
        # "pekan depan" before the day, a comma between: a plan, not a later report
        ("Serangan terjadi Senin (3/3/2025). Pertemuan pekan depan, Kamis (13/3).", 3),
        # "besok" before or after, and the informal "bakal": days still to come
        ("Serangan terjadi Senin (3/3/2025). Besok, Selasa (4/3), rapat digelar.", 3),
        ("Serangan terjadi Senin (3/3/2025). Rapat digelar Selasa (4/3) besok.", 3),
        ("Serangan terjadi Senin (3/3/2025). Rapat bakal digelar Kamis (6/3).", 3),
        # a deadline is a day to come
        ("Serangan terjadi Senin (3/3/2025). Warga mengungsi paling lambat Kamis (6/3).", 3),
        # the day said to be today is the day of writing: a meeting two days on is not
        ("Hari ini, Rabu (5/3/2025), bantuan tiba. Pertemuan Jumat (7/3) dibahas.", 5),
        ("Kemarin (4/3/2025) serangan terjadi. Pertemuan Jumat (7/3) dibahas.", 5),
    ],
    ids=[
        "mendatang",
        "dijadwalkan",
        "beyond-window",
        "senin-lalu",
        "pekan-depan-before",
        "besok-before",
        "besok-after",
        "bakal",
        "paling-lambat",
        "hari-ini-first",
        "kemarin-first",
    ],
)
def test_days_to_come_and_far_days_do_not_move_the_date(text, date):
    guess = published(text)
    assert guess.date is not None and guess.date.day == date
    assert "hari terakhir" not in guess.note


def test_a_day_said_to_be_today_caps_the_later_days():
    # the event, then "hari ini" before the weekday, then a meeting two days on: the writing
    # day is the one said to be today, not the latest day named
    text = "Serangan Senin (3/3/2025). Hari ini, Rabu (5/3), bantuan tiba. Pertemuan Jumat (7/3)."
    guess = published(text)
    assert guess.date == D(2025, 3, 5)
    assert "'Rabu (5/3)'" in guess.note


@pytest.mark.parametrize(
    ("text", "today", "yesterday"),
    [
        ("Hari ini, Rabu (5/3), bantuan tiba.", True, False),
        ("hari ini (5/3) bantuan tiba.", True, False),
        ("Kemarin, Selasa (4/3), bantuan tiba.", False, True),
        ("Rabu (5/3) bantuan tiba.", False, False),
    ],
)
def test_today_and_yesterday_before_a_weekday(text, today, yesterday):
    (m,) = find_mentions(text)
    assert (m.today, m.yesterday) == (today, yesterday)


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("Pekan lalu, Sabtu (8/3), serangan terjadi.", 5),
        ("Minggu lalu, Sabtu (8/3), serangan terjadi.", 5),
        ("Sabtu pekan lalu (8/3) serangan terjadi.", 5),
        # "minggu" is Sunday too: here it is the week, the day is Saturday
        ("Sabtu minggu lalu (8/3) serangan terjadi.", 5),
    ],
)
def test_last_weeks_day_is_an_earlier_day_with_its_own_weekday(text, weekday):
    (m,) = find_mentions(text)
    assert (m.past, m.weekday) == (True, weekday)


def test_last_weeks_day_does_not_move_the_day_of_writing():
    # the event of two weeks ago, then last week's day: neither is a later report
    text = "Serangan terjadi Senin (3/3/2025). Pekan lalu, Sabtu (8/3), pasukan mundur."
    assert published(text).date == D(2025, 3, 3)


def test_a_byline_is_not_moved_by_later_event_days():
    text = "Kamis, 9 Maret 2017 14:20 WIB\n\nPasukan bergerak pada Jumat (10/3/2017) pagi."
    assert published(text).date == D(2017, 3, 9)


def test_a_later_day_whose_weekday_contradicts_it_is_taken_with_low_confidence():
    text = (
        "Pasukan masuk zona penyangga pada Minggu, 8 Desember. Menurut laporan media, "
        "Selasa 9 Desember 2024, pasukan itu masih di sana."
    )
    guess = published(text)
    assert (guess.date, guess.weekday_conflict) == (D(2024, 12, 9), True)
    assert guess.confidence <= 0.3
    assert "hari terakhir yang dilaporkan" in guess.note and "jatuh pada hari Senin" in guess.note


@pytest.mark.parametrize(
    ("text", "planned"),
    [
        ("diresmikan Senin (30/9) mendatang", True),
        ("akan dikirim pada Kamis (14/1)", True),
        ("menjelang Jumat (3/3)", True),
        ("mengatakan akan membalas, Rabu (17/3)", False),
        ("Senin (30/9) kemarin", False),
    ],
)
def test_days_to_come(text, planned):
    (m,) = find_mentions(text)
    assert to_come(text, m) is planned


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("setelah hampir sembilan tahun konflik yang menewaskan ribuan orang", 9),
        ("pasukan itu bertempur dalam konflik 2,5 tahun terakhir", 2),
        ("enam tahun perang saudara telah berlalu", 6),
        ("perang selama 10 tahun ini membuat jutaan orang mengungsi", 10),
        ("perang saudara yang telah berlangsung lima tahun", 5),
        ("ia dihukum lima tahun penjara", None),
        ("konflik dua tahun lalu di kota itu", None),
        # the war's length after the war word: "the eight-year war"
        ("negara itu dilumpuhkan perang delapan tahun antara pasukan pemerintah dan oposisi", 8),
        ("perang saudara Suriah selama enam tahun menewaskan ratusan ribu orang", 6),
        # not the war's age: a time before or after it, a sentence, another war
        ("perang dua tahun kemudian pecah di utara", None),
        ("pemimpin perang itu divonis 10 tahun penjara", None),
        ("veteran perang delapan tahun Iran-Irak", None),
        ("perang delapan tahun antara Iran dan Irak", None),
    ],
)
def test_the_war_age_before_or_after_the_war_word(text, years):
    assert war_years(text) == years


def test_the_war_age_decides_a_year_the_weekday_leaves_open():
    # Rabu 29/1 fits 2014, 2020 and 2025; nine years of war point to 2020
    text = "Kota itu direbut, kata militer, Rabu (29/1), setelah hampir sembilan tahun konflik."
    assert published(text).date == D(2020, 1, 29)


def test_a_pictures_caption_gives_no_year_and_keeps_the_offsets():
    text = (
        "Pesawat membom kota itu pada Senin (9/2). Lebih dari 200 ribu orang tewas sejak "
        "konflik pecah pada Maret 2011.\n\n"
        "![Tentara berjaga pada 21 Mei 2021 di perbatasan [Foto Agensi]](https://x.test/2025/12/a.png)"
    )
    blank = without_pictures(text)
    assert len(blank) == len(text) and "2021" not in blank and blank.startswith("Pesawat")
    guess = published(text)
    assert guess.date == D(2015, 2, 9)  # not 2026, the first Monday 9 February after 2021
    assert "2021" not in guess.note


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the only date is a meeting still to come: no day of writing
        ("Koalisi akan bertemu lagi pada tanggal 2 Maret mendatang.", None),
        # a plan named first is passed over for the day the text reports
        (
            "Rapat dijadwalkan pada Kamis (14/1/2016). Bantuan tiba Rabu (13/1/2016).",
            D(2016, 1, 13),
        ),
    ],
)
def test_a_day_still_to_come_is_never_the_day_of_writing(text, date):
    assert published(text).date == date
