"""Issue 10, item 4, the cases the other date tests leave out (own sentences): a stated date that
contradicts the era table, "hari ini" / "kemarin" on a date without its year, malformed dates."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.dates.publication import find_published

pytestmark = pytest.mark.unit

TODAY = dt.date(2026, 1, 1)
D = dt.date


#: An export's URL that carries no date: the text's date is read as in an export.
URL_WITHOUT_DATE = "https://berita.example/dunia/suriah-pasukan-tiba"


def published(text: str, url: str | None = None):
    return find_published(text, today=TODAY, url=url)


@pytest.mark.parametrize(
    ("text", "date", "against"),
    [
        # HTS was formed in January 2017: a text naming it was not written in 2016
        ("Kelompok HTS menyerang pos, Senin (4/4/2016).", D(2016, 4, 4), "'HTS'"),
        # the Turkey-Syria earthquake was February 2023 (a year typed wrong, as in real pages)
        (
            "Bantuan gempa Turki-Suriah tiba, Senin (6/3/2017).",
            D(2017, 3, 6),
            "'gempa Turki-Suriah'",
        ),
        # a byline is the best evidence there is, but not beyond doubt
        ("Kamis, 9 Maret 2017 14:20 WIB - Presiden Prabowo berbicara.", D(2017, 3, 9), "Prabowo"),
    ],
    ids=["hts-2016", "quake-2017", "byline-prabowo-2017"],
)
def test_a_stated_date_before_a_named_era_began_is_kept_but_doubted(text, date, against):
    guess = published(text)
    assert (guess.date, guess.method) == (date, "explicit")
    assert guess.confidence <= 0.3
    assert f"petunjuk bertentangan: {date} lebih awal dari" in guess.note
    assert against in guess.note


@pytest.mark.parametrize(
    "text",
    [
        # after an era ended is no conflict: articles look back ("Jabhat al-Nusra" in 2022)
        "Dulu Jabhat al-Nusra menguasai desa itu, kata warga, Senin (4/4/2022).",
        # inside the era
        "Kelompok HTS menyerang pos, Senin (4/4/2022).",
        # a year named in the text is a floor for a guess, not a contradiction of a stated date
        "Rencana itu berjalan hingga tahun 2030, kata dia, Senin (4/4/2022).",
    ],
)
def test_a_stated_date_the_eras_allow_is_not_doubted(text):
    guess = published(text, url=URL_WITHOUT_DATE)  # an export: the lone date is not doubted
    assert guess.confidence >= 0.8 and "bertentangan" not in guess.note


@pytest.mark.parametrize(
    ("text", "date", "why"),
    [
        # "hari ini (5/6)": the day of writing; Covid-19 (from 2020) keeps the year at 2020 or later
        ("Kasus Covid-19 di kamp naik hari ini (5/6), kata petugas.", D(2020, 6, 5), "hari ini"),
        # Friday 3 March: 2017 or 2023; the 2023 earthquake decides; "kemarin" adds a day
        ("Bantuan gempa Turki-Suriah tiba Jumat (3/3) kemarin.", D(2023, 3, 4), "kemarin"),
        # … and without anything dated the earliest fitting year is taken, and said to be
        ("Pasukan itu mundur dari bukit, Jumat (3/3) kemarin.", D(2017, 3, 4), "paling awal"),
    ],
)
def test_relative_words_on_a_date_without_its_year(text, date, why):
    guess = published(text)
    assert (guess.date, guess.method) == (date, "inferred")
    assert why in guess.note


@pytest.mark.parametrize(
    ("text", "date", "note"),
    [
        ("Bentrokan pecah Rabu (7//9/2016) di sana.", D(2016, 9, 7), "ditulis tidak lazim"),
        ("Bentrokan pecah pada 7/9//2016 di sana.", D(2016, 9, 7), "ditulis tidak lazim"),
        ("Rapat digelar pada 29/2/2015 di Jenewa.", None, "'29/2/2015' tidak ada"),
        ("Rapat digelar Sabtu (31/9/2016) di Jenewa.", None, "'(31/9/2016)' tidak ada"),
        ("Rapat digelar Jumat (31/09) di Jenewa.", None, "'(31/09)' tidak ada"),
    ],
    ids=["double-slash-first", "double-slash-second", "no-29-feb", "no-31-sep", "no-31-sep-short"],
)
def test_a_malformed_date_is_read_or_named_in_the_note(text, date, note):
    guess = published(text)
    assert guess.date == date
    assert note in guess.note


@pytest.mark.parametrize(
    ("text", "misspelt", "name", "date"),
    [
        # a letter left out, in a byline with its clock time: still the byline, less sure
        ("Ahad, 25 {} 2019 11:30 WIB\nPasukan tiba di kota.", "Agutus", "Agustus", D(2019, 8, 25)),
        # a letter left out of a longer name, in a sentence
        ("Pasukan tiba pada 3 {} 2016 di sana.", "Desmber", "Desember", D(2016, 12, 3)),
        # two letters side by side swapped
        ("Rabu, 12 {} 2016\nPasukan tiba di kota.", "Okotber", "Oktober", D(2016, 10, 12)),
        # a letter added
        ("Pasukan tiba pada 4 {} 2015 di sana.", "Septemberr", "September", D(2015, 9, 4)),
    ],
    ids=["left-out-byline", "left-out", "swapped", "added"],
)
def test_a_month_misspelt_by_one_letter_is_read_in_a_full_date(text, misspelt, name, date):
    guess, written_well = published(text.format(misspelt)), published(text.format(name))
    assert guess.date == written_well.date == date
    assert f"bulan {misspelt!r} salah eja, dibaca {name}" in guess.note
    # a date read though written wrongly costs 0.15 of the confidence of the same date written well
    assert guess.confidence == pytest.approx(written_well.confidence - 0.15)


@pytest.mark.parametrize(
    "text",
    [
        "Pasukan tiba pada 16 Septemer di sana.",  # no year: a day and a word are not enough
        "Pasukan tiba pada 25 Agsts 2019 di sana.",  # two letters from any month's name
        "Sebanyak 12 karet 2019 dikirim.",  # one letter from "maret", but another first letter
        "Sebanyak 12 marah 2019 dikirim.",  # one letter from English "march": not a name read
        "Sebanyak 5 tahun 2019 berlalu.",  # a common word, far from every month
        "Pasukan tiba pada 5 Juny 2019 di sana.",  # a short name's neighbour ("Juni", "Juli")
        "Pada 7 Rajab 1446 H pasukan tiba.",  # a Hijri month, not a misspelt one
    ],
    ids=["no-year", "two-letters", "other-first-letter", "english", "common", "short", "hijri"],
)
def test_a_word_that_is_no_misspelt_month_gives_no_date(text):
    assert published(text).date is None


@pytest.mark.parametrize(
    ("text", "date", "at_most", "note"),
    [
        # the same day with two weekdays, no year: the year the first weekday chose is a guess
        (
            "Pasukan tiba Sabtu (27/8). Serangan terjadi Kamis (27/8) di daerah tetangga.",
            D(2011, 8, 27),
            0.3,
            "teks juga menyebut 'Kamis (27/8)': hari untuk 27/8 tidak konsisten",
        ),
        # with the year: the stated date stands, less sure
        (
            "Pasukan tiba Sabtu (27/8/2016). Serangan terjadi Kamis (27/8/2016) di sana.",
            D(2016, 8, 27),
            0.6,
            "teks juga menyebut 'Kamis (27/8/2016)': hari untuk 27/8 tidak konsisten",
        ),
        # a weekday that contradicts its own date (5/8/2022 was a Friday)
        (
            "Pasukan tiba Rabu (5/8/2022).",
            D(2022, 8, 5),
            0.3,
            "padahal 2022-08-05 jatuh pada hari Jumat",
        ),
        # a date read though written wrongly: said, and less sure than the same date written well
        (
            "Pasukan tiba pada Rabu (7//9/2016) pagi.",
            D(2016, 9, 7),
            0.65,
            "ditulis tidak lazim, dibaca 7/9/2016",
        ),
    ],
    ids=["two-weekdays", "two-weekdays-with-year", "weekday-against-date", "malformed"],
)
def test_a_contradicted_or_malformed_date_is_named_and_less_sure(text, date, at_most, note):
    guess = published(text)
    assert guess.date == date and guess.confidence <= at_most and note in guess.note


@pytest.mark.parametrize(
    "text",
    [
        "Pasukan tiba Sabtu (27/8/2016). Serangan terjadi Sabtu (27/8) di sana.",  # same weekday
        "Pasukan tiba Sabtu (27/8/2016). Kamis (27/8/2015) setahun sebelumnya.",  # other years
        "Pasukan tiba pada Rabu (7/9/2016) pagi.",  # written well
    ],
    ids=["same-weekday", "other-year", "well-written"],
)
def test_a_consistent_date_keeps_its_confidence(text):
    guess = published(text, url=URL_WITHOUT_DATE)  # an export: the lone date is not doubted
    assert guess.confidence == 0.8 and "tidak konsisten" not in guess.note


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("Pasukan tiba Rabu (5/8/2022).", "padahal 2022-08-05 jatuh pada hari Jumat"),
        (
            "Pasukan tiba Jumat (5/8/2022). Serangan terjadi Rabu (5/8/2022) di sana.",
            "hari untuk 5/8 tidak konsisten",
        ),
    ],
    ids=["weekday-against-date", "two-weekdays"],
)
def test_a_url_date_the_text_contradicts_itself_on_keeps_the_texts_note(text, note):
    guess = find_published(text, url="https://x.id/berita/2022/08/05/slug", today=TODAY)
    assert guess.date == D(2022, 8, 5) and guess.confidence == 0.95
    assert "catatan teks" in guess.note and note in guess.note


def test_a_url_date_the_text_agrees_with_is_surest():
    guess = find_published(
        "Pasukan tiba Jumat (5/8/2022).", url="https://x.id/berita/2022/08/05/slug", today=TODAY
    )
    assert guess.confidence == 0.98 and "catatan teks" not in guess.note
