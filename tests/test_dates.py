"""Publication and event dates in Indonesian text: each date form, year inference, traps."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dashboard.dates.publication import (
    BORROWED_WEEKDAY_MAX,
    choose_year,
    date_from_url,
    find_event_dates,
    find_published,
    parse_date_string,
)
from dashboard.rowtypes import ArticleRow

pytestmark = pytest.mark.unit

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TODAY = dt.date(2025, 1, 1)  # fixed, so the candidate years do not grow with the calendar
D = dt.date


#: An export's URL that carries no date: the text's date is read as in an export.
URL_WITHOUT_DATE = "https://berita.example/dunia/suriah-pasukan-tiba"


def published(text: str, **kw):
    return find_published(text, today=TODAY, **kw)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Menteri itu, Senin (27/05/2019), menerima delegasi.", D(2019, 5, 27)),
        ("ujar pejabat itu, Selasa (14/3/17), di kantornya.", D(2017, 3, 14)),  # two-digit year
        ("Banjir melanda kawasan itu pada Rabu, 15 Maret 2017 sejak pagi.", D(2017, 3, 15)),
        ("Konvoi tiba Kamis 12 Mei 2016 setelah tertahan.", D(2016, 5, 12)),
        ("Pasar dibuka kembali pada Ahad (20/11/2016) untuk warga.", D(2016, 11, 20)),
        ("ujar relawan, Jum'at (7/4/2017).", D(2017, 4, 7)),
        ("ujar relawan, Jumat (7/4/2017).", D(2017, 4, 7)),
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
    guess = published(text, url=URL_WITHOUT_DATE)  # an export: the lone date is not doubted
    assert (guess.date, guess.method, guess.weekday_conflict) == (date, "explicit", False)
    assert guess.confidence >= 0.8


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Senin, 27/05/2019 14:05 WIB\nDAMASKUS - Pasukan pemerintah maju.", D(2019, 5, 27)),
        ("Warta.id - 03/09/2013, 11:20 WIB\nDua keluarga kembali ke rumah.", D(2013, 9, 3)),
        (
            "KAMIS, 14 MARET 2019 | 09:41 WIB | LAPORAN: REDAKSI\nWARTA. Para menteri bertemu.",
            D(2019, 3, 14),
        ),
        ("Selasa 16 Dec 2014 08:02 WIB\nPasukan memasuki Homs, Senin (15/12).", D(2014, 12, 16)),
        (
            "Kamis, 31 Mei 2012 – 07:15 WIB\nDua hari setelah penembakan, Selasa (29/5).",
            D(2012, 5, 31),
        ),
    ],
    ids=["wib-stamp", "outlet-stamp", "upper-case", "english-month", "dash"],
)
def test_a_byline_stamp_beats_dates_in_the_story(text, date):
    guess = published("Judul\n\n" + text)
    assert (guess.date, guess.note) == (date, "baris tanggal terbit")
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
            "kata juru bicara itu pada Rabu (8/2).",
            D(2012, 2, 8),
            (D(2012, 2, 8), D(2017, 2, 8), D(2023, 2, 8)),
        ),
        # "five years since the conflict broke out": 2011 + 5 → 2016/2017
        (
            "Ini pertemuan pertama dalam lima tahun, sejak konflik di Suriah pecah. "
            "Kata dia, Rabu (8/2).",
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
        (
            "Menurut laporan kantor berita, Sabtu, 30 November, bentrokan berlanjut.",
            D(2013, 11, 30),
            (D(2013, 11, 30), D(2019, 11, 30), D(2024, 11, 30)),
        ),
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


@pytest.mark.parametrize(
    ("text", "years", "at_most"),
    [
        ("Kata juru bicara itu, Rabu (8/2).", (2012, 2017, 2023), 0.3),  # nothing narrows them
        ("Operasi dimulai pada tahun 2015. Kata dia, Rabu (8/2).", (2017, 2023), 0.45),
        ("Konflik pecah pada Maret 2020. Rabu (8/2).", (2023,), 0.65),  # one year left
        # no weekday: every year since the war began fits
        ("Pada 14 Juli, pasukan memulai serangan darat.", tuple(range(2011, 2025)), 0.15),
        # the war-years count points to 2013/14, where no 8 February was a Wednesday
        ("Perang yang telah berlangsung dua tahun. Rabu (8/2).", (2012, 2017, 2023), 0.3),
    ],
    ids=["three-years", "two-years", "one-year", "no-weekday", "war-years-miss"],
)
def test_an_inferred_year_keeps_every_candidate_and_is_less_sure_the_more_there_are(
    text, years, at_most
):
    guess = published(text)
    assert tuple(d.year for d in sorted(guess.candidates)) == years
    assert 0 < guess.confidence <= at_most


@pytest.mark.parametrize(
    "text",
    [
        "Kata juru bicara itu, Rabu (8/2).",
        "Konflik pecah pada Maret 2020. Rabu (8/2).",
        "Pada 14 Juli, pasukan memulai serangan darat.",
        "Foto korban di sebuah klinik (21/8).\nSerangan terjadi pada hari Rabu menjelang subuh.",
    ],
)
def test_the_dashboard_marks_every_inferred_date_as_an_estimate(text):
    guess = published(text)
    row = ArticleRow("a", published=guess.date.isoformat(), published_confidence=guess.confidence)
    assert guess.method == "inferred" and row.estimated


def test_a_year_named_in_the_text_narrows_but_need_not_decide():
    # "since 2016" rules out 2013, but 30 November was a Saturday in both 2019 and 2024: the
    # earliest is shown, both are kept, and the confidence says it is a guess
    text = (
        "Pasukan itu masuk ke kota tersebut untuk pertama kalinya sejak tahun 2016. "
        "Menurut laporan, Sabtu, 30 November, warga mulai mengungsi."
    )
    guess = published(text)
    assert guess.candidates == (D(2019, 11, 30), D(2024, 11, 30))
    assert guess.confidence < 0.5 and "2019, 2024" in guess.note


def test_a_date_without_weekday_takes_the_weekday_said_elsewhere():
    # a photo caption "(21/8)" and "hari Rabu" in the next paragraph
    guess = published(
        "Foto korban di sebuah klinik (21/8).\nSerangan terjadi pada hari Rabu menjelang subuh."
    )
    assert guess.date == D(2013, 8, 21)
    assert "nama hari dari 'Rabu'" in guess.note


def test_a_weekday_borrowed_from_elsewhere_makes_only_a_guess():
    # Monday 27 December: only 2021 since the war began; but "Senin pagi" may be another day's
    # event than the date's, so however few years fit, the date is a guess
    guess = published("Warga mengungsi 27 Desember.\nSenin pagi, pasukan masuk ke desa itu.")
    assert guess.date == D(2021, 12, 27) and "nama hari dari 'Senin pagi'" in guess.note
    assert guess.confidence == BORROWED_WEEKDAY_MAX


def test_no_weekday_fits_means_no_date():
    # 31 February never exists; 30/2 neither: no guess rather than a wrong one
    assert published("Pada Senin (30/2) terjadi serangan.").date is None


@pytest.mark.parametrize(
    ("text", "stated", "alternative"),
    [
        # the year mistyped: 16 March 2016 was a Wednesday, 16 March 2017 a Thursday
        ("banjir besar yang terjadi pada Kamis (16/3/2016).", D(2016, 3, 16), D(2017, 3, 16)),
        ("Konvoi berangkat Rabu, 27 Mei 2019.", D(2019, 5, 27), None),
    ],
)
def test_a_weekday_that_contradicts_the_date_is_flagged(text, stated, alternative):
    guess = published(text)
    assert guess.weekday_conflict is True
    assert guess.date == stated and guess.confidence < 0.5
    if alternative:
        assert alternative in guess.candidates and str(alternative) in guess.note


def test_a_consistent_date_is_preferred_to_a_contradicted_one():
    text = "banjir pada Kamis (16/3/2016). Kata pejabat, Jumat (17/3/2017), tidak ada korban."
    guess = published(text)
    assert (guess.date, guess.weekday_conflict) == (D(2017, 3, 17), False)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # an evening in Syria is already the next day in Indonesia: published the day after
        ("Ledakan terdengar pada Ahad malam (9/7/2017) di pinggiran kota.", D(2017, 7, 10)),
        ("Tembakan terdengar pada Sabtu (4/3/2017) malam waktu setempat.", D(2017, 3, 5)),
        ("Unjuk rasa berlangsung pada Jumat, 13 Oktober 2017 malam di alun-alun.", D(2017, 10, 14)),
        # "yesterday (3/6)" was written on the 4th
        ("Kelompok pemantau menyebut kemarin (3/6/2014) sepuluh orang tewas.", D(2014, 6, 4)),
    ],
    ids=["ahad-malam", "malam-after", "textual-malam", "kemarin"],
)
def test_night_and_yesterday_point_to_the_next_day(text, date):
    guess = published(text)
    assert guess.date == date
    assert guess.candidates[1] == date - dt.timedelta(days=1)


def test_a_past_weekday_date_is_not_the_day_of_writing():
    # "Senin lalu (6/3)" is an earlier event; the later "Rabu (8/3/2017)" is the news day
    guess = published(
        "pasukan menggempur Homs pada Senin lalu (6/3). Kata relawan, Rabu (8/3/2017)."
    )
    assert guess.date == D(2017, 3, 8)


def test_text_without_a_date_gives_none():
    guess = published("Warga berkumpul di alun-alun kota, Selasa, menuntut bantuan.")
    assert (guess.date, guess.confidence, guess.method) == (None, 0.0, "none")


@pytest.mark.parametrize(
    ("url", "date"),
    [
        ("https://berita.example.id/read/2015/07/06/00081234/judul", D(2015, 7, 6)),
        ("https://news.example.com/read/2018/06/08/101010/4000000/1010/x", D(2018, 6, 8)),
        ("https://blog.example.com/2014/10/03/judul-berita", D(2014, 10, 3)),
        ("https://kabar.example.id/read/20230209/19/1000000/judul", D(2023, 2, 9)),  # yyyymmdd
        ("https://warta.example.id/amp/2021/12/22/500000/judul", D(2021, 12, 22)),
        ("https://example.id/2015/13/40/x", None),  # not a date
        ("https://video.example.org/a/x-120190919/92227.html", None),  # digits inside a slug
        (None, None),
    ],
)
def test_dates_in_urls(url, date):
    found = date_from_url(url)
    assert (found[0] if found else None) == date


def test_a_url_date_is_the_publication_date_even_when_the_text_names_the_event_day():
    guess = published(
        "Bantuan tahun 2016 tertahan. Gudangnya terbakar pada hari Minggu (3 Juli).",
        url="https://berita.example.id/read/2016/07/04/00081234/x",
    )
    assert (guess.date, guess.method, guess.span) == (D(2016, 7, 4), "explicit", None)
    assert "teks menunjukkan 2016-07-03" in guess.note


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
    assert guess.date == D(2019, 5, 27) and "tidak dipahami" in guess.note


@pytest.mark.parametrize(
    ("seed", "date"),
    [("000", D(2017, 2, 8)), ("003", D(2019, 5, 27))],
)
def test_seed_publication_dates(seed, date):
    (path,) = SEEDS.glob(f"{seed}_*.txt")
    assert published(path.read_text(encoding="utf-8")).date == date


def test_without_clues_only_years_where_the_weekday_fits_are_candidates():
    choice = choose_year(8, 2, 2, clues=(), today=TODAY)
    assert choice.dates == (D(2012, 2, 8), D(2017, 2, 8), D(2023, 2, 8))


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


@pytest.mark.parametrize(
    ("text", "note"),
    [
        (
            "DAMASKUS - Pasukan tiba pada Senin (27/05/2019) malam.",
            "tanggal pertama yang disebut 'Senin (27/05/2019)'; malam di Suriah sudah lewat tengah"
            " malam di Indonesia (UTC+7): kemungkinan terbit esok harinya",
        ),
        (
            "DAMASKUS - Rabu (8/2) pasukan tiba.",
            "tahun diperkirakan untuk 'Rabu (8/2)'; Rabu 8/2 jatuh pada tahun 2012, 2017, 2023;"
            " seri: 2012, 2017, 2023 sama-sama cocok dengan semua petunjuk;"
            " diambil tahun paling awal (2012), perkiraan",
        ),
        (
            # the weekday the text gives does not fit the date: the note says which day it was
            "DAMASKUS - Pasukan tiba pada Selasa (27/05/2019).",
            "teks menyebut Selasa 'Selasa (27/05/2019)', padahal 2019-05-27 jatuh pada hari Senin",
        ),
        ("Tanpa tanggal sama sekali.", "tidak ada tanggal dalam teks"),
    ],
    ids=["first-mention-evening", "inferred-year", "weekday-conflict", "none"],
)
def test_date_notes_are_written_in_indonesian_for_the_analysts(text, note):
    assert published("Judul\n\n" + text).note == note


# --- bylines, relations to the day of writing, malformed dates ------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the clock time before the date, as some page headers print it
        (
            "Judul\n\nPenulis: Redaksi 14:28 WIB | Minggu, 29 September 2024\nIsi, Selasa (24/9).",
            D(2024, 9, 29),
        ),
        # English month-day-year with a zone name
        (
            "Judul\nJan 17, 2019 17:46 Asia/Jakarta\nLedakan terjadi Rabu, 16 Januari 2019.",
            D(2019, 1, 17),
        ),
        # a time with no zone closing the line
        (
            "Judul\nNama Penulis • 02 April 2024 08:01\nSerangan terjadi pada Senin, 1 April.",
            D(2024, 4, 2),
        ),
    ],
    ids=["time-before", "english-header", "time-no-zone"],
)
def test_a_byline_date_beats_event_dates_in_the_text(text, date):
    guess = published(text)
    assert guess.date == date and guess.confidence >= 0.95


def test_a_dated_credit_line_taken_out_by_the_cleaner_is_a_byline():
    guess = published(
        "Judul\n\nPasukan tiba pada Selasa (24/9).",
        credits=("Penulis: Redaksi 14:28 WIB | Minggu, 29 September 2024",),
    )
    assert (guess.date, guess.span) == (D(2024, 9, 29), None)
    assert "baris penulis" in guess.note


@pytest.mark.parametrize(
    ("text", "date", "why"),
    [
        ("Kelompok itu, Jumat (3/3/2017) kemarin, menyerang pos.", D(2017, 3, 4), "kemarin"),
        ("Kata juru bicara itu hari ini (5/6/2019) di Jakarta.", D(2019, 6, 5), "hari ini"),
    ],
)
def test_kemarin_and_hari_ini_relate_the_date_to_the_day_of_writing(text, date, why):
    guess = published(text)
    assert guess.date == date and f"'{why}'" in guess.note


def test_a_date_followed_by_pekan_lalu_is_an_earlier_event():
    guess = published("Gencatan senjata disepakati Sabtu (6/2/2016) pekan lalu. Rabu (10/2/2016).")
    assert guess.date == D(2016, 2, 10)


def test_a_doubled_separator_is_read_and_named_in_the_note():
    guess = published("Bentrokan pecah pada Rabu (7//9/2016) di pinggiran kota.")
    assert guess.date == D(2016, 9, 7)
    assert "'(7//9/2016)' ditulis tidak lazim, dibaca 7/9/2016" in guess.note


def test_a_day_that_does_not_exist_is_flagged_never_dropped():
    guess = published("Pertemuan berlangsung Jumat (31/09) di Jenewa.")
    assert guess.date is None and "'(31/09)' tidak ada" in guess.note
    (event,) = find_event_dates("Pertemuan berlangsung Jumat (31/09) di Jenewa.", MONDAY)
    assert (event.date, event.kind, event.surface) == (None, "invalid", "Jumat (31/09)")


def test_jumat_kemarin_is_one_event_not_two():
    events = find_event_dates("Mereka tiba Jumat (24/5) kemarin.", MONDAY)
    assert [(e.surface, e.date) for e in events] == [("Jumat (24/5) kemarin", D(2019, 5, 24))]


@pytest.mark.parametrize(
    ("url", "date"),
    [
        ("https://mirror.example.org/indonesia/dunia/2014/02/140207_judul", D(2014, 2, 7)),
        ("https://www.example.co.id/internasional/26/07/2018/judul-berita", D(2018, 7, 26)),
        ("https://www.example.com/internasional/20150524141531-120-55318/judul", D(2015, 5, 24)),
    ],
    ids=["yymmdd-under-year-month", "dd-mm-yyyy", "creation-stamp"],
)
def test_more_url_date_shapes(url, date):
    assert date_from_url(url)[0] == date


def test_a_byline_within_a_day_of_the_url_date_wins():
    # the URL's stamp is the page's creation just before midnight; the byline says the next day
    guess = published(
        "Judul\nMinggu, 05/11/2017 00:03 WIB\nPasukan tiba, Sabtu (4/11).",
        url="https://www.example.com/internasional/20171104235050-120-1/judul",
    )
    assert guess.date == D(2017, 11, 5) and "selisih sehari" in guess.note
