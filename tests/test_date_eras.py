"""The era table and the choice of a year for dates written without one (own sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.dates.clues import Clue, find_clues
from dashboard.dates.publication import find_published
from dashboard.dates.tables import eras
from dashboard.dates.years import choose_year

pytestmark = pytest.mark.unit

TODAY = dt.date(2026, 1, 1)
D = dt.date


def published(text: str):
    return find_published(text, today=TODAY)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # Wednesday 8 Feb: 2012, 2017, 2023; the operation ran Aug 2016 - Mar 2017
        ("Operasi Perisai Efrat terus berlanjut. Kata dia, Rabu (8/2).", D(2017, 2, 8)),
        # Tuesday 20 Mar: 2012, 2018; Olive Branch was 2018
        ("Pasukan Turki dalam operasi Ranting Zaitun maju, Selasa (20/3).", D(2018, 3, 20)),
        # Monday 1 Sep: 2014, 2025; Obama left office in January 2017
        ("Presiden AS Barack Obama berbicara, Senin (1/9).", D(2014, 9, 1)),
        # Friday 5 Apr: 2013, 2019, 2024; Trump's two terms allow only 2019 of them
        ("Presiden AS Donald Trump menelepon, Jumat (5/4).", D(2019, 4, 5)),
        # Saturday 30 Nov: 2013, 2019, 2024
        ("Presiden Joe Biden berbicara, Sabtu (30/11).", D(2024, 11, 30)),
        ("Presiden Prabowo menerima tamu, Sabtu (30/11).", D(2024, 11, 30)),
        # Thursday 6 Mar: 2014, 2025; al-Sharaa became president in January 2025
        ("Presiden Ahmed al-Sharaa berpidato, Kamis (6/3).", D(2025, 3, 6)),
        # Monday 4 Apr: 2011, 2016, 2022; the group had its old name until July 2016
        ("Jabhat al-Nusra menyerang pos, Senin (4/4).", D(2016, 4, 4)),
        ("Kelompok HTS menyerang pos, Senin (4/4).", D(2022, 4, 4)),
        # Monday 6 Mar: 2017, 2023; the earthquake was February 2023
        ("Bantuan gempa Turki-Suriah tiba, Senin (6/3).", D(2023, 3, 6)),
        # Tuesday 7 Apr: 2015, 2020
        ("Kasus Covid-19 naik di kamp, Selasa (7/4).", D(2020, 4, 7)),
        ("utusan PBB Staffan de Mistura tiba, Rabu (8/2).", D(2017, 2, 8)),
        ("Sekjen PBB Ban Ki-moon mendesak, Rabu (8/2).", D(2012, 2, 8)),
        # Saturday 30 Nov: 2013, 2019, 2024; the offensive ran 27 Nov - 8 Dec 2024
        ("Oposisi dalam operasi Pencegahan Agresi maju, Sabtu (30/11).", D(2024, 11, 30)),
        # Saturday 14 Apr: 2012, 2018; Macron took office in May 2017
        ("Presiden Prancis Emmanuel Macron mengecam, Sabtu (14/4).", D(2018, 4, 14)),
        # Thursday 15 Mar: 2012, 2018; seven years after March 2011
        ("konflik yang telah berlangsung tujuh tahun. Kamis (15/3).", D(2018, 3, 15)),
    ],
    ids=[
        "euphrates-shield",
        "olive-branch",
        "obama",
        "trump-two-terms",
        "biden",
        "prabowo",
        "sharaa-president",
        "nusra",
        "hts",
        "earthquake-2023",
        "covid",
        "de-mistura",
        "ban-ki-moon",
        "deterrence-of-aggression",
        "macron",
        "war-years",
    ],
)
def test_the_year_is_the_one_every_named_era_allows(text, date):
    guess = published(text)
    assert (guess.date, guess.method) == (date, "inferred")
    assert "petunjuk bertentangan" not in guess.note


def test_an_era_that_does_not_settle_the_year_keeps_the_earliest_and_says_so():
    # Russian air strikes began on 30 Sep 2015: Thursday 1 Oct is 2015 or 2020, both after it
    guess = published("Serangan udara Rusia menghantam desa, Kamis (1/10).")
    assert guess.candidates == (D(2015, 10, 1), D(2020, 10, 1))
    assert guess.confidence == 0.4
    assert "seri: 2015, 2020 sama-sama cocok dengan semua petunjuk" in guess.note


def test_conflicting_eras_lower_the_confidence_and_the_note_names_the_conflict():
    # Obama left office before HTS was formed: no year fits both
    guess = published("Presiden Obama dan kelompok HTS disebut, Rabu (8/2).")
    assert guess.date == D(2017, 2, 8)  # HTS (firm: it did not exist before) wins
    assert guess.confidence <= 0.3
    assert "petunjuk bertentangan: 2017 dipilih walau tidak cocok dengan 'Presiden Obama'" in (
        guess.note
    )


def test_a_dated_thing_outranks_a_weekday_only_guess():
    # Wednesday 8 Feb fits 2012, 2017 and 2023, all before Prabowo became president (Oct 2024);
    # 8 Feb 2025 was a Saturday: the era wins, the weekday is named as the conflict
    guess = published("Presiden Prabowo menerima tamu, Rabu (8/2).")
    assert guess.date == D(2025, 2, 8)
    assert guess.confidence <= 0.3
    assert "tidak cocok dengan hari Rabu" in guess.note
    assert {D(2012, 2, 8), D(2017, 2, 8), D(2023, 2, 8)} <= set(guess.candidates)


def test_a_weekday_outranks_an_era_the_article_may_look_back_on():
    # after the end of an era only weakly: "Presiden Obama" in a later article is possible,
    # so a weekday-consistent year after his term beats breaking the weekday
    choice = choose_year(
        8,
        2,
        2,
        clues=(Clue("'Presiden Obama'", ((D(2009, 1, 20), D(2017, 1, 20)),)),),
        today=TODAY,
    )
    assert all(d.weekday() == 2 for d in choice.dates)


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("Pasukan pemerintah maju ke utara kota pada pagi hari.", set()),
        ("Rusia dan Turki bertemu membahas bantuan.", set()),  # countries alone date nothing
        # the office and the name alone are two rows (2017 on; named in Syria news from 2015)
        (
            "Presiden Donald Trump dan Sekjen PBB Antonio Guterres",
            {"trump", "trump-name", "guterres"},
        ),
        ("mantan Presiden Bashar al-Assad melarikan diri", {"assad-fall"}),
        ("kota yang dulu bernama Nur-Sultan", {"nur-sultan"}),
        # an earthquake elsewhere in Turkey is not the February 2023 one
        ("Gempa di Turki timur merusak ratusan rumah.", set()),
        ("Bantuan gempa Turki-Suriah tiba di Aleppo.", {"quake"}),
        # a deputy foreign minister is not the minister
        ("Wakil Menteri Luar Negeri Suriah, Faisal Muqdad, hadir.", set()),
        # "Raja Abdullah" is as often Jordan's king as the late Saudi one: no clue
        ("Raja Abdullah menerima delegasi.", set()),
    ],
)
def test_clues_found_in_text(text, ids):
    found = {c.label for c in find_clues(text, TODAY)}
    words = {
        "trump": "'Presiden Donald Trump'",
        "trump-name": "'Donald Trump'",
        "guterres": "'Sekjen PBB Antonio Guterres'",
        "assad-fall": "'mantan Presiden Bashar al-Assad'",
        "nur-sultan": "'Nur-Sultan'",
        "quake": "'gempa Turki-Suriah'",
    }
    assert found == {words[i] for i in ids}


def test_a_former_president_is_not_the_sitting_one():
    # "mantan Presiden Bashar al-Assad" speaks of after his fall, not of his presidency
    labels = [c.describe() for c in find_clues("mantan Presiden Bashar al-Assad", TODAY)]
    assert labels == ["'mantan Presiden Bashar al-Assad' (2024-12-08 s.d. kini)"]


def test_every_era_row_has_a_source_and_a_first_day_before_its_last():
    rows = eras()
    assert len(rows) >= 40
    for era in rows:
        assert era.source.strip(), era.id
        assert era.last is None or era.first <= era.last, era.id


def test_every_needed_word_is_written_in_its_pattern():
    # "needs" lets a pattern be skipped when none of its words is in the text: a word the
    # pattern does not contain would make the row unreachable or hide a typo
    for era in eras():
        for word in era.needs:
            assert word in era.pattern.pattern.casefold(), (era.id, word)


def test_an_era_is_found_whatever_its_case():
    (clue,) = find_clues("PRESIDEN AS BARACK OBAMA", TODAY)
    assert clue.windows == ((D(2009, 1, 20), D(2017, 1, 20)),)


def test_rows_sharing_an_id_are_alternatives():
    (clue,) = find_clues("Presiden Putin berbicara", TODAY)
    assert len(clue.windows) == 2  # Putin's first two terms, and from 2012 on
    assert clue.penalty(D(2010, 1, 1)) > 0 and clue.penalty(D(2013, 1, 1)) == 0


def test_a_war_year_count_is_a_soft_window():
    (clue,) = find_clues("perang yang telah berlangsung lima tahun", TODAY)
    assert clue.penalty(D(2016, 6, 1)) == 0 and clue.penalty(D(2017, 6, 1)) == 0
    assert 0 < clue.penalty(D(2015, 6, 1)) < 2  # a rounded count: weak on both sides
