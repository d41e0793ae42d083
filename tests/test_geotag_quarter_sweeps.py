"""Places the table lacked, added as classes from sourced pages (geodata/features.tsv and
aliases.tsv, 2026-12-07 "sweeps"): Raqqa's quarters of the 2017 battle, Suwayda's Bedouin
quarter of July 2025, the Euphrates island of Deir ez-Zor, Aleppo's 1070 project and Minyan and
Reuters' spelling Holok of Hellok; the Kamouna camp of Idlib; the dams of the Golan line (Mantara,
al-Wahda); the spellings of the Qara Qozak bridge, read as its village. One case per row, the
quarters beside the ones the table had, and guards for the names that are words or a person's.
Sentences are this project's own; ids are the gazetteer's."""

from __future__ import annotations

import pytest
from geotaghelp import found

pytestmark = pytest.mark.integration

RAQQA = "gn:172955"
QARAH_QAWZAQ = "gn:166079"  # the village of the Qara Qozak bridge, east of Manbij


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        (
            "Bentrokan pecah di al-Maqwas setelah penculikan seorang pedagang.",
            "feature:sweida-maqwas",
        ),
        ("Keluarga Badui di lingkungan Maqous, Suwayda, mengungsi.", "feature:sweida-maqwas"),
        (
            "Tentara menyeberang ke Hawijat Saqr dengan perahu karet.",
            "feature:deir-ez-zor-hawijat-saqr",
        ),
        ("Jenderal itu tewas di Huwaijat Saqr, Deir ez-Zor.", "feature:deir-ez-zor-hawijat-saqr"),
        ("SDF menguasai Romaniya di barat kota.", "feature:raqqa-romaniya"),
        ("Pasukan pemerintah merebut enam gedung di Proyek 1070.", "feature:aleppo-1070-project"),
        ("Pemberontak menyerbu Minyan dan Dahiyat al-Assad.", "feature:aleppo-minyan"),
        # Reuters' spelling, after a quarter word parted from it by an ordinal ("the third")
        ("Tentara menguasai distrik ketiga, Holok, setelah Jabal Badro.", "feature:aleppo-hellok"),
        ("Serangan udara menghantam kamp Kamouna dekat Sarmada.", "feature:idlib-kamouna-camp"),
        ("Puluhan pengungsi tewas di Kamouna.", "feature:idlib-kamouna-camp"),
        ("Tank Israel menguasai Bendungan al-Mantara.", "feature:quneitra-mantara-dam"),
        ("Pasukan itu berjaga di Waduk Mantara.", "feature:quneitra-mantara-dam"),
        ("Pasukan itu mendekati Bendungan Al-Wehda di Sungai Yarmouk.", "feature:daraa-wahda-dam"),
        ("Patroli terlihat di Unity Dam pagi ini.", "feature:daraa-wahda-dam"),
        # a bridge named by its village is the village (as an airport named by its city)
        ("Qarqozak dan Bendungan Tishreen menjadi garis depan.", QARAH_QAWZAQ),
        ("Drone Turki menghantam dekat Qereqozaq.", QARAH_QAWZAQ),
        ("Pertempuran di al-Batani, Raqqa, berlanjut.", "feature:raqqa-batani"),
    ],
)
def test_a_swept_quarter_is_found(text: str, place_id: str) -> None:
    assert place_id in found(text)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a list of Raqqa quarters: the new rows beside the table's older ones
        ("Koalisi membom al-Batani, Mashlab dan Rumaila.", "feature:raqqa-batani"),
        ("Koalisi membom al-Batani, Mashlab dan Rumaila.", "feature:raqqa-mishlab"),
        ("SDF merebut Romaniya lalu Thakana di Raqqa.", "feature:raqqa-romaniya"),
        ("SDF merebut Romaniya lalu Thakana di Raqqa.", RAQQA),
    ],
)
def test_swept_quarters_stand_beside_their_neighbours(text: str, wanted: str) -> None:
    assert wanted in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # al-Battani the astronomer (given_names.txt): the Raqqa quarter needs a Raqqa place
        "Astronom muslim al-Battani menghitung panjang tahun.",
        "Menurut Al-Batani, tahun matahari lebih pendek dari perkiraan.",
        # the country Romania stays foreign, never the Raqqa quarter
        "Presiden Rumania bertemu Perdana Menteri di Bukares.",
        # a bare number is no housing project
        "Sebanyak 1070 orang tewas dalam proyek itu.",
        # the dams' bare names are a word one letter off (mantra) and "unity"
        "Mantra itu dibaca berulang kali di Mantara.",
        "Semangat al-Wahda menyatukan mereka.",
    ],
)
def test_names_of_swept_quarters_do_not_fire_alone(text: str) -> None:
    assert not found(text)


def test_the_daraa_village_kammunah_keeps_its_type_word() -> None:
    # the Idlib camp ranks first for the bare name; "desa Kammunah" is still the Daraa village
    places = found("Pasukan masuk ke desa Kammunah di Daraa.")
    assert "gn:168585" in places
    assert "feature:idlib-kamouna-camp" not in places


def test_the_old_city_of_raqqa_is_the_city() -> None:
    # the T set's annotator counts "kota tua Raqqa" as Raqqa itself (no row for the old city)
    assert found("Militan terakhir bertahan di kota tua Raqqa.") == {RAQQA}
