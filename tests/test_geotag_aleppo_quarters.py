"""Aleppo's quarters added as a class on the evening of 2026-12-06 (geodata/features.tsv): the
quarters of the 2012-2016 battle and the 2025-2026 fighting round Sheikh Maqsoud that the table
lacked, and the spelling with an inserted vowel ("Hamadaniyah"). One case per row, the namesakes
in other cities that keep their own quarter, and guards for the short names. Sentences are this
project's own; ids are the gazetteer's."""

from __future__ import annotations

import pytest
from geotaghelp import found

pytestmark = pytest.mark.integration

MIDAN_DAMASCUS = "wof:85903037"  # Maydån, the Damascus quarter (Who's On First)
KHALIDIYA_HOMS = "feature:homs-khalidiya"


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Bom barel jatuh di Ard al-Hamra, Aleppo timur.", "feature:aleppo-ard-al-hamra"),
        ("Gedung runtuh di distrik Karam el-Beik.", "feature:aleppo-karm-al-beik"),
        ("Keluarga keluar dari Karm al-Dada menuju barat kota.", "feature:aleppo-karm-al-dada"),
        ("Gereja Armenia di Midan, Aleppo, rusak parah.", "feature:aleppo-midan"),
        ("Penduduk al-Suryan berlindung di ruang bawah tanah.", "feature:aleppo-suryan"),
        ("Mortir menghantam Khalidiyah di Aleppo.", "feature:aleppo-khalidiyah"),
        ("Pos pemeriksaan didirikan di bundaran Shihan.", "feature:aleppo-shihan-roundabout"),
        ("Tank bergerak ke bundaran Jandoul.", "feature:aleppo-jandoul-roundabout"),
        ("Pabrik-pabrik di Sheikh Najjar dijarah.", "feature:aleppo-sheikh-najjar"),
        ("Warga Sheikh Fares dan Baedin mengungsi.", "feature:aleppo-sheikh-fares"),
        ("Warga Sheikh Fares dan Baedin mengungsi.", "feature:aleppo-baedin"),
        ("Pasukan maju ke Inzarat pada malam hari.", "feature:aleppo-inzarat"),
        ("Rumah sakit lapangan di Myassar tutup.", "feature:aleppo-myassar"),
        ("Tentara merebut Farafra dekat benteng.", "feature:aleppo-farafra"),
        ("Roket jatuh di Mogambo, Aleppo barat.", "feature:aleppo-mogambo"),
        # a vowel inserted in a quarter the table had
        ("Kawasan Hamadaniyah dihantam rudal.", "feature:aleppo-hamdaniyah"),
    ],
)
def test_an_aleppo_quarter_is_found(text: str, place_id: str) -> None:
    assert place_id in found(text)


@pytest.mark.parametrize(
    ("text", "wanted", "not_wanted"),
    [
        # a quarter name two cities share goes to the city the text names
        ("Pasukan menyerang Midan di Damaskus.", MIDAN_DAMASCUS, "feature:aleppo-midan"),
        ("Warga Midan di Aleppo mengungsi.", "feature:aleppo-midan", MIDAN_DAMASCUS),
        ("Warga Khalidiya di Homs mengungsi.", KHALIDIYA_HOMS, "feature:aleppo-khalidiyah"),
        ("Bom jatuh di Khalidiyah, Aleppo.", "feature:aleppo-khalidiyah", KHALIDIYA_HOMS),
    ],
)
def test_a_shared_quarter_name_follows_its_city(text: str, wanted: str, not_wanted: str) -> None:
    places = found(text)
    assert wanted in places
    assert not_wanted not in places


@pytest.mark.parametrize(
    "text",
    [
        "Pemain muda bernama Shihan mencetak dua gol.",  # a name: the roundabout needs its head
        "Kota Medan diguyur hujan deras.",  # the Indonesian city, not a Midan
        "Farida dan Fares pergi ke pasar.",  # a given name, not Sheikh Fares
    ],
)
def test_names_of_the_new_quarters_do_not_fire_alone(text: str) -> None:
    assert not found(text)
